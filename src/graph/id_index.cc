#include "graph/id_index.h"

namespace newsgraph {

void IdIndex::Insert(uint64_t hash, uint32_t id) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  Place({Tag(hash), id});
  ++size_;
}

void IdIndex::Remap(const std::function<uint32_t(uint32_t)>& map) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size(), Slot{0, kNone});
  size_ = 0;
  for (Slot slot : old) {
    if (slot.id == kNone) continue;
    slot.id = map(slot.id);
    if (slot.id == kNone) continue;
    Place(slot);
    ++size_;
  }
}

void IdIndex::Reserve(size_t n) {
  while (n * 2 > slots_.size()) Grow();
}

void IdIndex::Clear() {
  slots_.clear();
  mask_ = 0;
  size_ = 0;
}

void IdIndex::Place(Slot slot) {
  size_t i = slot.tag & mask_;
  while (slots_[i].id != kNone) i = (i + 1) & mask_;
  slots_[i] = slot;
}

void IdIndex::Grow() {
  std::vector<Slot> old = std::move(slots_);
  const size_t capacity = old.empty() ? 16 : old.size() * 2;
  slots_.assign(capacity, Slot{0, kNone});
  mask_ = capacity - 1;
  for (const Slot& slot : old) {
    if (slot.id != kNone) Place(slot);
  }
}

}  // namespace newsgraph
