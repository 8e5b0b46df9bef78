package io.newsclaims.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsclaims.extract.SentenceIndex;
import io.newsclaims.extract.Spans;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.QuoteInfo;
import io.newsclaims.pipeline.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Where quote units are passages (PolNeAR's content: everything one cue reports), the quote
 * claims of one statement are one claim: the quoted pieces of one cue in one sentence ("pledged
 * “cooperation” toward shared objectives and a “deep and sincere” bond") join into one span
 * unless another verb stands between them, and a claim inside another claim of the same speaker
 * ("said he would offer “a prayer” for the nominee") is no claim of its own; a quotation that
 * runs on after the speaker's aside continues the speaker's quotation before it. Stateless.
 */
final class PassageClaims {
  /** Whether a verb other than the cue at {@code cue} stands between two UTF-16 indices. */
  interface VerbBetween {
    boolean test(int from, int to, int cue);
  }

  private PassageClaims() {}

  static List<Claim> join(Document doc, List<Claim> claims, VerbBetween verbBetween) {
    List<Claim> joined = new ArrayList<>();
    for (Claim c : claims) {
      Claim last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && oneCue(last, c) && last.span().end() <= c.span().start()
          && !verbBetween.test(utf16(doc, last.span().end()), utf16(doc, c.span().start()), utf16(doc, c.attribution().cue().start()))) {
        int begin = utf16(doc, last.span().start());
        int end = utf16(doc, c.span().end());
        Claim claim = Spans.claim(doc, last.type(), begin, end, last.sentence());
        joined.set(joined.size() - 1, claim.withQuote(new QuoteInfo(last.quote().direct() || c.quote().direct(), claim.span()))
            .withAttribution(last.attribution()));
      } else {
        joined.add(c);
      }
    }
    List<Claim> out = new ArrayList<>();
    for (Claim c : joined) {
      if (joined.stream().noneMatch(o -> o != c && inside(c, o))) {
        out.add(c);
      }
    }
    return acrossAsides(doc, out);
  }

  /**
   * "“A,” Lee said, noting that …. “B.”": a quotation that runs on after the speaker's aside in
   * a participle (its cue the aside's, or the first quotation's) continues the speaker's first
   * quotation of the paragraph; the two are one claim, the aside stays a claim of its own.
   */
  private static List<Claim> acrossAsides(Document doc, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims);
    for (int i = 0; i < out.size(); i++) {
      Claim c = out.get(i);
      if (c.attribution() == null || !c.quote().direct()) {
        continue;
      }
      int a = i - 1;
      List<Claim> asides = new ArrayList<>();
      while (a >= 0 && !out.get(a).quote().direct() && sameSpeaker(out.get(a), c)) {
        asides.add(out.get(a));
        a--;
      }
      if (a < 0 || asides.isEmpty() || !out.get(a).quote().direct() || !sameSpeaker(out.get(a), c)) {
        continue;
      }
      Claim first = out.get(a);
      int cue = c.attribution().cue().start();
      boolean runsOn = cue < c.span().start() && (cue == first.attribution().cue().start()
          || asides.stream().anyMatch(x -> x.attribution().cue().start() == cue));
      String between = doc.original().substring(utf16(doc, first.span().end()), utf16(doc, c.span().start()));
      if (!runsOn || between.indexOf('\n') >= 0 || !asides.stream().allMatch(x -> participle(doc, x))) {
        continue;
      }
      Claim claim = Spans.claim(doc, first.type(), utf16(doc, first.span().start()), utf16(doc, c.span().end()), first.sentence());
      out.set(a, claim.withQuote(new QuoteInfo(true, claim.span())).withAttribution(first.attribution()));
      out.remove(i);
      i--;
    }
    return out;
  }

  private static boolean sameSpeaker(Claim a, Claim b) {
    return a.attribution() != null && b.attribution() != null && a.attribution().speaker().equals(b.attribution().speaker());
  }

  /** Whether the cue of {@code c} is a verb's participle ("noting", "referring to"). */
  private static boolean participle(Document doc, Claim c) {
    int at = utf16(doc, c.attribution().cue().start());
    for (CoreLabel t : doc.parsed().sentences().get(SentenceIndex.of(doc, at)).get(CoreAnnotations.TokensAnnotation.class)) {
      if (t.beginPosition() == at) {
        return t.tag().equals("VBG");
      }
    }
    return false;
  }

  private static boolean oneCue(Claim a, Claim b) {
    Attribution x = a.attribution();
    Attribution y = b.attribution();
    return a.sentence() == b.sentence() && sameSpeaker(a, b) && x.cue() != null && y.cue() != null && x.cue().start() == y.cue().start();
  }

  /** Whether {@code c} lies inside the longer claim {@code o} of the same speaker. */
  private static boolean inside(Claim c, Claim o) {
    return sameSpeaker(o, c) && o.span().start() <= c.span().start() && c.span().end() <= o.span().end()
        && o.span().end() - o.span().start() > c.span().end() - c.span().start();
  }

  private static int utf16(Document doc, int codePoint) {
    return doc.codePoints().toIndex(codePoint);
  }
}
