#include "extract/batch_extractor.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>


namespace newsgraph {
namespace {

ExtractedDocument Process(const Document& doc, const Lexicon& lexicon,
                          const ExtractOptions& options,
                          const std::function<void(ExtractedDocument&)>& prepare) {
  ExtractedDocument out;
  out.id = doc.id;
  out.date = doc.date;
  out.source = doc.source;
  if (options.content_hash) out.hash = ContentHash(doc.text);
  out.bytes = doc.text.size();
  out.triples = ExtractTriples(doc, lexicon, options);
  if (prepare) prepare(out);
  return out;
}

}  // namespace

ReadStats ExtractInputs(const std::vector<std::string>& inputs, const Lexicon& lexicon,
                        int threads, const std::function<void(ExtractedDocument&&)>& sink,
                        const std::function<void(const std::string&)>& warn,
                        const ExtractOptions& options,
                        const std::function<void(ExtractedDocument&)>& prepare) {
  if (threads <= 1) {
    return ReadInputs(
        inputs, [&](Document&& doc) { sink(Process(doc, lexicon, options, prepare)); }, warn);
  }

  // Documents go to the workers in small batches, and come back the same
  // way: a lock, a wake-up and a queue entry per batch rather than per
  // document (news articles take a fraction of a millisecond each, and
  // with a document at a time the hand-offs cost as much as the work).
  constexpr size_t kBatchDocs = 8;
  constexpr size_t kBatchBytes = size_t{256} << 10;
  using Batch = std::vector<Document>;
  using Results = std::vector<ExtractedDocument>;

  std::mutex mu;
  std::condition_variable work_ready, result_ready;
  std::deque<std::pair<size_t, Batch>> queue;
  std::map<size_t, Results> done;
  bool closed = false;
  std::exception_ptr failure;
  // How far reading may run ahead of the output: enough that a slow batch
  // does not leave the workers idle, few enough bytes that memory stays
  // flat (a batch of huge documents goes one or two at a time).
  const size_t max_batches_in_flight = static_cast<size_t>(threads) * 4;
  constexpr size_t kMaxBytesInFlight = size_t{64} << 20;
  size_t next_seq = 0, next_out = 0;
  size_t bytes_in_flight = 0;
  bool waiting_for_result = false;  // the calling thread sleeps on result_ready

  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      for (;;) {
        std::pair<size_t, Batch> job;
        {
          std::unique_lock<std::mutex> lock(mu);
          work_ready.wait(lock, [&] { return closed || !queue.empty(); });
          if (queue.empty()) return;
          job = std::move(queue.front());
          queue.pop_front();
        }
        Results results;
        std::exception_ptr error;
        try {
          results.reserve(job.second.size());
          for (const Document& doc : job.second) {
            results.push_back(Process(doc, lexicon, options, prepare));
          }
        } catch (...) {
          error = std::current_exception();
        }
        bool wake;
        {
          std::lock_guard<std::mutex> lock(mu);
          if (error && !failure) failure = error;
          done.emplace(job.first, std::move(results));
          wake = waiting_for_result;
        }
        if (wake) result_ready.notify_all();
      }
    });
  }

  // Hands finished documents to the sink, in order, on this thread.
  auto drain = [&](bool wait_all) {
    for (;;) {
      Results ready;
      {
        std::unique_lock<std::mutex> lock(mu);
        auto have_next = [&] { return failure || done.count(next_out) > 0; };
        if (wait_all) {
          if (next_out == next_seq) return;
        } else if (!have_next() && next_seq - next_out < max_batches_in_flight &&
                   bytes_in_flight < kMaxBytesInFlight) {
          return;  // block only while too much is in flight
        }
        waiting_for_result = true;
        result_ready.wait(lock, have_next);
        waiting_for_result = false;
        if (failure) std::rethrow_exception(failure);
        auto it = done.find(next_out);
        ready = std::move(it->second);
        done.erase(it);
        ++next_out;
        for (const ExtractedDocument& doc : ready) bytes_in_flight -= doc.bytes;
      }
      for (ExtractedDocument& doc : ready) sink(std::move(doc));
    }
  };

  ReadStats stats;
  auto stop_workers = [&] {
    {
      std::lock_guard<std::mutex> lock(mu);
      closed = true;
      queue.clear();
    }
    work_ready.notify_all();
    for (auto& w : workers) w.join();
  };
  Batch batch;
  size_t batch_bytes = 0;
  auto send = [&] {
    if (batch.empty()) return;
    {
      std::lock_guard<std::mutex> lock(mu);
      bytes_in_flight += batch_bytes;
      queue.emplace_back(next_seq++, std::move(batch));
    }
    work_ready.notify_one();
    batch.clear();
    batch_bytes = 0;
    drain(false);
  };
  try {
    stats = ReadInputs(
        inputs,
        [&](Document&& doc) {
          batch_bytes += doc.text.size();
          batch.push_back(std::move(doc));
          if (batch.size() >= kBatchDocs || batch_bytes >= kBatchBytes) send();
        },
        warn);
    send();
    drain(true);
  } catch (...) {
    stop_workers();
    throw;
  }
  stop_workers();
  return stats;
}

}  // namespace newsgraph
