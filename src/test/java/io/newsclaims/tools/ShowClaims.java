package io.newsclaims.tools;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.newsclaims.NewsClaims;
import io.newsclaims.model.Claim;
import io.newsclaims.model.InputDocument;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Settings;
import io.newsclaims.pipeline.Stage;

/**
 * Prints the claims of each argument text, one per line, and with {@code SHOW_PARSE=1} the
 * dependency graph of each parsed sentence: for looking at attribution rules by hand.
 */
public final class ShowClaims {
  private ShowClaims() {}

  public static void main(String[] args) throws Exception {
    NewsClaims nc = NewsClaims.create(Settings.defaults());
    for (String text : args) {
      System.out.println("## " + text);
      Document d = Document.of(InputDocument.of("t", text, null));
      for (Stage st : nc.pipeline().stages()) {
        d = st.apply(d);
      }
      if (System.getenv("SHOW_PARSE") != null) {
        for (CoreMap s : d.parsed().sentences()) {
          SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
          System.out.println(g == null ? "  (not parsed)" : g.toList());
          System.out.println("  ner: " + s.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).stream()
              .filter(t -> !"O".equals(t.ner())).map(t -> t.word() + "/" + t.ner()).collect(java.util.stream.Collectors.joining(" ")));
          System.out.println("  tags: " + s.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).stream()
              .map(t -> t.word() + "/" + t.tag()).collect(java.util.stream.Collectors.joining(" ")));
        }
      }
      for (var a : d.attributed()) {
        System.out.println("  attributed " + a.content() + " <- " + a.attribution().speaker() + " / " + a.attribution().cue().text());
      }
      for (Claim c : d.claims()) {
        if (c.attribution() == null) {
          System.out.println("  " + c.type() + " " + c.span() + " '" + c.text() + "'");
          continue;
        }
        System.out.println("  " + c.type() + (c.quote() != null && c.quote().direct() ? " D" : " R") + " '" + c.text() + "' <- "
            + c.attribution().speaker() + " / " + c.attribution().cue().text() + " / " + c.attribution().mention().text()
            + " / role=" + c.attribution().role());
      }
    }
  }
}
