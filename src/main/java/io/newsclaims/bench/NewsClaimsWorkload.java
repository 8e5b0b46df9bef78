package io.newsclaims.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.NewsClaims;
import io.newsclaims.batch.BatchRunner;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.io.InputItem;
import io.newsclaims.model.InputDocument;
import io.newsclaims.nlp.CoreNlpModels;
import io.newsclaims.pipeline.Settings;
import java.time.Duration;
import java.util.List;

/** The full newsclaims pipeline, every stage on, run through {@link BatchRunner} as {@code extract} runs it. */
final class NewsClaimsWorkload implements Workload {
  /** The per-document time limit {@code extract} has by default. */
  static final Duration DOC_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final Settings settings;
  private volatile NewsClaims core;

  NewsClaimsWorkload(String name, Settings settings) {
    this.name = name;
    this.settings = settings;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void load(InputDocument first) {
    core = NewsClaims.create(settings);
    core.process(first);
  }

  @Override
  public void run(List<InputDocument> docs, int threads, Tally tally) throws InterruptedException {
    var items = docs.stream().map(InputItem::ok).iterator();
    new BatchRunner(core::process, threads, DOC_TIMEOUT).run(items, outcome -> tally.add(outcome.result()));
  }

  @Override
  public ObjectNode describe() {
    ObjectNode o = ClaimJson.MAPPER.createObjectNode();
    o.put("what", "NewsClaims.process through BatchRunner, every stage on");
    o.set("settings", ClaimJson.MAPPER.valueToTree(settings.toMap()));
    o.set("tagging_properties", ClaimJson.MAPPER.valueToTree(
        CoreNlpModels.taggingProperties(settings.sentenceBreak())));
    o.put("stages", String.join(",", core == null ? List.of()
        : core.pipeline().stages().stream().map(s -> s.name()).toList()));
    return o;
  }
}
