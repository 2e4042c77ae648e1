// Speakers the mention finder does not read: acronyms ("ALDI", "TVN24")
// and web names ("Znak.com") right before a reporting verb.
#include <gtest/gtest.h>

#include "test_util.h"

namespace newsgraph {
namespace {

using extract_test::Dump;
using extract_test::Extract;
using extract_test::FindSaid;

TEST(BareNameSpeakerTest, AcronymAfterAdverbial) {
  auto t = Extract("On Tuesday, KORVA announced that some stores would close early.");
  const Triple* s = FindSaid(t, "KORVA");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "some stores would close early");
}

TEST(BareNameSpeakerTest, AcronymWithDigitsAfterSemicolon) {
  auto t = Extract("The mayor was in a serious condition; TVN24 reported he received surgery.");
  const Triple* s = FindSaid(t, "TVN24");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "he received surgery");
}

TEST(BareNameSpeakerTest, WebName) {
  auto t = Extract("Znak.com reported its source said the tenant moved in a day before the blast.");
  const Triple* s = FindSaid(t, "Znak.com");
  ASSERT_NE(s, nullptr) << Dump(t);
  EXPECT_EQ(s->object, "its source said the tenant moved in a day before the blast");
}

TEST(BareNameSpeakerTest, CapitalisedWordInsideLongerNameIsNot) {
  auto t = Extract("The Great USA said the plan would fail.");
  EXPECT_EQ(FindSaid(t, "USA"), nullptr) << Dump(t);
}

TEST(BareNameSpeakerTest, NoStaleCoSpeakerFromEarlierSentence) {
  auto t = Extract(
      "Warren Holt and Anna Berg said the vote was fair. Peter Brandt of Milltech, a small firm, "
      "told our correspondent the count will be checked.");
  const Triple* s = FindSaid(t, "Peter Brandt");
  ASSERT_NE(s, nullptr) << Dump(t);
  for (const Triple& x : t) {
    if (x.predicate == Predicate::kSaid && x.object == "the count will be checked") {
      EXPECT_EQ(x.subject, "Peter Brandt");
    }
  }
}

}  // namespace
}  // namespace newsgraph
