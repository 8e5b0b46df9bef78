package io.newsclaims.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The comparison baseline of docs/attribution.md: CoreNLP's own quote annotator (with the
 * coreference it needs) over a JSON-lines corpus, its quotations written as newsclaims
 * {@code quote} records (speaker mention and canonical speaker; CoreNLP gives no cue), so that
 * {@code score_attribution.py} scores both systems alike.
 *
 * <pre>usage: CoreNlpQuoteBaseline DOCS.jsonl OUT.jsonl [MAX_DOCS]</pre>
 */
public final class CoreNlpQuoteBaseline {
  private CoreNlpQuoteBaseline() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CoreNlpQuoteBaseline DOCS.jsonl OUT.jsonl [MAX_DOCS]");
      System.exit(2);
    }
    int max = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("ner.applyFineGrained", "false");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    long start = System.nanoTime();
    long words = 0;
    int docs = 0;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (String line : lines) {
        if (line.isBlank() || docs >= max) {
          continue;
        }
        JsonNode d = json.readTree(line);
        String text = d.get("text").asText();
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        docs++;
        words += doc.tokens().size();
        for (CoreQuote q : doc.quotes()) {
          out.write(json.writeValueAsString(record(json, d.get("id").asText(), text, q)));
          out.newLine();
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf(Locale.ROOT, "corenlp quote baseline: %d documents, %d tokens in %.0f s, peak heap %d MB%n",
        docs, words, seconds, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
  }

  private static ObjectNode record(ObjectMapper json, String id, String text, CoreQuote q) {
    Pair<Integer, Integer> span = q.quoteCharOffsets();
    ObjectNode o = json.createObjectNode();
    o.put("doc_id", id);
    o.put("type", "quote");
    ObjectNode s = o.putObject("span");
    s.put("start", text.codePointCount(0, span.first));
    s.put("end", text.codePointCount(0, span.second));
    o.put("text", text.substring(span.first, span.second));
    Optional<String> speaker = q.canonicalSpeaker().or(q::speaker);
    if (speaker.isPresent() && q.speakerCharOffsets().isPresent()) {
      ObjectNode a = o.putObject("attribution");
      a.put("speaker", speaker.get());
      Pair<Integer, Integer> m = q.speakerCharOffsets().get();
      ObjectNode mention = a.putObject("mention");
      mention.put("text", text.substring(m.first, m.second));
      mention.put("start", text.codePointCount(0, m.first));
      mention.put("end", text.codePointCount(0, m.second));
      a.putNull("cue");
    } else {
      o.putNull("attribution");
    }
    o.putObject("quote").put("direct", true);
    return o;
  }
}
