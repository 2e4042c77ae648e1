#include "graph/id_index.h"

namespace newsgraph {

void IdIndex::Insert(uint64_t hash, uint32_t id) {
  if (Full(size_ + 1, slots_.size())) Grow();
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
  if (!Full(n, slots_.size())) return;  // room already (nothing at all for n = 0)
  size_t capacity = slots_.empty() ? 16 : slots_.size();
  while (Full(n, capacity)) capacity *= 2;
  Rehash(capacity);
}

void IdIndex::Clear() {
  // The table goes too: a cleared index of a large graph is tens of MB.
  std::vector<Slot>().swap(slots_);
  mask_ = 0;
  size_ = 0;
}

void IdIndex::Place(Slot slot) {
  size_t i = slot.tag & mask_;
  while (slots_[i].id != kNone) i = (i + 1) & mask_;
  slots_[i] = slot;
}

void IdIndex::Grow() { Rehash(slots_.empty() ? 16 : slots_.size() * 2); }

void IdIndex::Rehash(size_t capacity) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot{0, kNone});
  mask_ = capacity - 1;
  for (const Slot& slot : old) {
    if (slot.id != kNone) Place(slot);
  }
}

}  // namespace newsgraph
