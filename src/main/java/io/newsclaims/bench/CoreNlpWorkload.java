package io.newsclaims.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.model.InputDocument;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/** A plain CoreNLP pipeline, as a user would wire it, annotating each whole document. */
final class CoreNlpWorkload implements Workload {
  private final String name;
  private final String what;
  private final Properties properties;
  private volatile StanfordCoreNLP pipeline;

  CoreNlpWorkload(String name, String what, Properties properties) {
    this.name = name;
    this.what = what;
    this.properties = properties;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void load(InputDocument first) {
    pipeline = new StanfordCoreNLP(properties);
    pipeline.annotate(new Annotation(first.text()));
  }

  @Override
  public void run(List<InputDocument> docs, int threads, Tally tally) throws InterruptedException {
    ParallelDocs.run(docs, threads, this::annotate, tally::add);
  }

  private boolean annotate(InputDocument d) {
    try {
      pipeline.annotate(new Annotation(d.text()));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public ObjectNode describe() {
    ObjectNode o = ClaimJson.MAPPER.createObjectNode();
    o.put("what", what);
    TreeMap<String, String> props = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> props.put(k, properties.getProperty(k)));
    o.set("properties", ClaimJson.MAPPER.valueToTree(props));
    return o;
  }
}
