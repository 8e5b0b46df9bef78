package io.newsclaims.extract.numeric;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.extract.Spans;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.model.Qualifier;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Keys;
import io.newsclaims.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;

/**
 * Emits {@code money} claims ("£5.2bn": 5.2e9 GBP), {@code percent} claims ("3.5%", "12 per
 * cent": unit "%") and {@code quantity} claims ("40 km", "300 tonnes") with value, unit and
 * qualifier, in every sentence (no parse needed). These are never casualties or counts.
 * Currencies and units come from {@code models/currencies.txt} and {@code models/units.txt}.
 * Immutable and thread-safe.
 */
public final class QuantityExtractor implements Stage {
  private final Amounts amounts;
  private final NumberPhrases phrases;
  private final Map<String, String[]> currencies;
  private final Map<String, String[]> units;

  public QuantityExtractor() {
    this.amounts = Amounts.load();
    this.phrases = new NumberPhrases(amounts);
    this.currencies = Tables.columns("currencies.txt", 2);
    this.units = Tables.columns("units.txt", 2);
  }

  @Override
  public String name() {
    return "quantities";
  }

  @Override
  public Set<String> requires() {
    return Set.of(Keys.PARSE, Keys.ATTRIBUTION);
  }

  @Override
  public Set<String> provides() {
    return Set.of(Keys.FIGURES);
  }

  @Override
  public Document apply(Document doc) {
    List<Claim> claims = new ArrayList<>();
    List<CoreMap> sentences = doc.parsed().sentences();
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      claims.addAll(tagged(doc, s, tokens));
      for (NumberPhrase p : phrases.find(tokens)) {
        if (p.value() == null && p.low() == null || p.end() >= tokens.size()) {
          continue;
        }
        CoreLabel next = tokens.get(p.end());
        String unit = unitOf(next, tokens, p.end());
        if (unit != null) {
          int end = unit.equals("%") && next.word().equalsIgnoreCase("per") ? p.end() + 2 : p.end() + 1;
          String type = unit.equals("%") ? ClaimType.PERCENT : ClaimType.QUANTITY;
          claims.add(claim(doc, s, tokens, p.start(), end, type, p.value(), p.qualifier(), unit).withBounds(p.low(), p.high()));
        }
      }
    }
    return doc.plusClaims(claims);
  }

  private String unitOf(CoreLabel next, List<CoreLabel> tokens, int i) {
    String w = next.word().toLowerCase(Locale.ROOT);
    if (w.equals("percent") || w.equals("pc")
        || w.equals("per") && i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("cent")) {
      return "%";
    }
    if (NumberPhrases.NOT_COUNTS.contains(next.ner())) {
      return null;
    }
    if (millions(tokens, i)) {
      return null;
    }
    String[] u = units.get(w);
    if (u == null && next.lemma() != null) {
      u = units.get(next.lemma().toLowerCase(Locale.ROOT));
    }
    return u == null ? null : u[0];
  }

  /**
   * "1.4m cash machines", "10.6m euros": an "m" stuck to a number means million, not metre,
   * when a currency or a plural noun follows ("5,000m world record" and "1.80m" stay metres).
   */
  private boolean millions(List<CoreLabel> tokens, int i) {
    if (!tokens.get(i).word().equalsIgnoreCase("m") || tokens.get(i).beginPosition() != tokens.get(i - 1).endPosition()) {
      return false;
    }
    for (int k = i + 1; k < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      if (currencies.containsKey(t.word().toLowerCase(Locale.ROOT)) || "NNS".equals(t.tag()) || "NNPS".equals(t.tag())) {
        return true;
      }
      if (!"NN".equals(t.tag()) && !"JJ".equals(t.tag())) {
        return false;
      }
    }
    return false;
  }

  /** Money and percentages as CoreNLP's NER marks them: runs of MONEY or PERCENT tokens. */
  private List<Claim> tagged(Document doc, int s, List<CoreLabel> tokens) {
    List<Claim> claims = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String ner = tokens.get(i).ner();
      if (!"MONEY".equals(ner) && !"PERCENT".equals(ner)) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && ner.equals(tokens.get(j).ner()) && !tokens.get(j).tag().equals(",")) {
        j++;
      }
      Claim c = "MONEY".equals(ner) ? money(doc, s, tokens, i, j) : percent(doc, s, tokens, i, j);
      if (c != null) {
        claims.add(c);
      }
      i = j;
    }
    return claims;
  }

  private Claim money(Document doc, int s, List<CoreLabel> tokens, int from, int to) {
    String currency = null;
    List<String> number = new ArrayList<>();
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).word();
      String[] iso = currencies.get(w.toLowerCase(Locale.ROOT));
      if (iso != null && currency == null) {
        currency = iso[0];
      } else if (!w.equalsIgnoreCase("a")) {
        number.add(w);
      }
    }
    Double value = number.isEmpty() ? null : amounts.value(number);
    if (value == null || currency == null) {
      return null;
    }
    String qualifier = qualifierBefore(tokens, from);
    int start = from - qualifierLength(tokens, from);
    return claim(doc, s, tokens, start, to, ClaimType.MONEY, value, qualifier, currency);
  }

  private Claim percent(Document doc, int s, List<CoreLabel> tokens, int from, int to) {
    List<String> number = new ArrayList<>();
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).word();
      if (!w.equals("%") && !w.equalsIgnoreCase("percent") && !w.equalsIgnoreCase("per") && !w.equalsIgnoreCase("cent")) {
        number.add(w.endsWith("%") ? w.substring(0, w.length() - 1) : w);
      }
    }
    Double value = number.isEmpty() ? null : amounts.value(number);
    if (value == null) {
      return null;
    }
    int start = from - qualifierLength(tokens, from);
    return claim(doc, s, tokens, start, to, ClaimType.PERCENT, value, qualifierBefore(tokens, from), "%");
  }

  private String qualifierBefore(List<CoreLabel> tokens, int from) {
    Amounts.QualifierPhrase q = phrases.qualifierBefore(tokens, from);
    return q == null ? Qualifier.EXACT : q.qualifier();
  }

  private int qualifierLength(List<CoreLabel> tokens, int from) {
    Amounts.QualifierPhrase q = phrases.qualifierBefore(tokens, from);
    return q == null ? 0 : q.words().size();
  }

  private static Claim claim(Document doc, int s, List<CoreLabel> tokens, int from, int to, String type,
      Double value, String qualifier, String unit) {
    Claim c = Spans.claim(doc, type, tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition(), s)
        .withValue(FigureExtractor.integral(value), qualifier)
        .withUnit(unit);
    return doc.attributed(c);
  }
}
