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

  std::mutex mu;
  std::condition_variable work_ready, result_ready, space_ready;
  std::deque<std::pair<size_t, Document>> queue;
  std::map<size_t, ExtractedDocument> done;
  bool closed = false;
  std::exception_ptr failure;
  // How far reading may run ahead of the output: enough documents that a
  // slow one does not leave the workers idle, few enough bytes that memory
  // stays flat (a batch of huge documents goes one or two at a time).
  const size_t max_docs_in_flight = static_cast<size_t>(threads) * 16;
  constexpr size_t kMaxBytesInFlight = size_t{64} << 20;
  size_t next_seq = 0, next_out = 0;
  size_t bytes_in_flight = 0;

  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      for (;;) {
        std::pair<size_t, Document> job;
        {
          std::unique_lock<std::mutex> lock(mu);
          work_ready.wait(lock, [&] { return closed || !queue.empty(); });
          if (queue.empty()) return;
          job = std::move(queue.front());
          queue.pop_front();
        }
        ExtractedDocument result;
        std::exception_ptr error;
        try {
          result = Process(job.second, lexicon, options, prepare);
        } catch (...) {
          error = std::current_exception();
        }
        {
          std::lock_guard<std::mutex> lock(mu);
          if (error && !failure) failure = error;
          done.emplace(job.first, std::move(result));
        }
        result_ready.notify_all();
      }
    });
  }

  // Hands finished documents to the sink, in order, on this thread.
  auto drain = [&](bool wait_all) {
    for (;;) {
      ExtractedDocument ready;
      {
        std::unique_lock<std::mutex> lock(mu);
        auto have_next = [&] { return done.count(next_out) > 0; };
        if (wait_all) {
          if (next_out == next_seq) return;
          result_ready.wait(lock, have_next);
        } else {
          // Block only while too much is in flight.
          if (!have_next() && next_seq - next_out < max_docs_in_flight &&
              bytes_in_flight < kMaxBytesInFlight) {
            return;
          }
          result_ready.wait(lock, have_next);
        }
        if (failure) std::rethrow_exception(failure);
        auto it = done.find(next_out);
        ready = std::move(it->second);
        done.erase(it);
        ++next_out;
        bytes_in_flight -= ready.bytes;
      }
      sink(std::move(ready));
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
  try {
    stats = ReadInputs(
        inputs,
        [&](Document&& doc) {
          {
            std::lock_guard<std::mutex> lock(mu);
            bytes_in_flight += doc.text.size();
            queue.emplace_back(next_seq++, std::move(doc));
          }
          work_ready.notify_one();
          drain(false);
        },
        warn);
    drain(true);
  } catch (...) {
    stop_workers();
    throw;
  }
  stop_workers();
  return stats;
}

}  // namespace newsgraph
