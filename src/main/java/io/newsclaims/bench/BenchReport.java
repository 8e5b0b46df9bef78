package io.newsclaims.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.NewsClaims;
import io.newsclaims.io.ClaimJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a benchmark's measurements into bench.json and the table printed for the user; also checks the targets. */
public final class BenchReport {
  /** A target of the throughput issue and whether this run met it. */
  record Target(String name, double value, String comparison, double bound, boolean met) {}

  private final Bench.Result r;
  private final String commandLine;
  private final Map<Bench.Config, String> digests = new LinkedHashMap<>();

  BenchReport(Bench.Result result, String commandLine) {
    this.r = result;
    this.commandLine = commandLine;
    for (Bench.Config c : r.configs()) {
      digests.put(c, c.tally().outputDigest());
    }
  }

  private Tally find(String system, int threads) {
    for (Bench.Config c : r.configs()) {
      if (c.tally().system().equals(system) && c.tally().threads() == threads) {
        return c.tally();
      }
    }
    return null;
  }

  /** True when every newsclaims thread count gave byte-identical output (null with one count). */
  Boolean identicalAcrossThreads() {
    List<String> d = new ArrayList<>();
    digests.forEach((c, digest) -> {
      if (c.workload().name().equals(Bench.NEWSCLAIMS)) {
        d.add(digest);
      }
    });
    return d.size() < 2 ? null : d.stream().distinct().count() == 1;
  }

  List<Target> targets() {
    List<Target> t = new ArrayList<>();
    int max = r.options().maxThreads();
    Tally nc = find(Bench.NEWSCLAIMS, max);
    Tally parse = find(Bench.PARSE, max);
    Tally coref = find(Bench.COREF, max);
    Tally one = find(Bench.NEWSCLAIMS, 1);
    Tally two = find(Bench.NEWSCLAIMS, 2);
    if (nc != null && parse != null) {
      double v = nc.tokensPerSecond() / parse.tokensPerSecond();
      t.add(new Target("throughput vs " + Bench.PARSE + " (tokens/s, " + max + " threads)", v, "≥", 1.0, v >= 1.0));
    }
    if (nc != null && coref != null) {
      double v = nc.tokensPerSecond() / coref.tokensPerSecond();
      t.add(new Target("throughput vs " + Bench.COREF + " (tokens/s, " + max + " threads)", v, "≥", 4.0, v >= 4.0));
    }
    Object ttfd = r.firstDocument().get("seconds_from_process_start");
    if (ttfd instanceof Double s && r.firstDocument().get("system").equals(Bench.NEWSCLAIMS)) {
      t.add(new Target("time to first document from process start (s)", s, "≤", 10.0, s <= 10.0));
    }
    Object rss = r.soloMemory().get("peak_rss_bytes");
    if (rss instanceof Long b && b > 0) {
      double gb = b / (double) (1L << 30);
      t.add(new Target("peak RSS of newsclaims alone, " + max + " threads (GiB)", gb, "≤", 3.0, gb <= 3.0));
    }
    if (one != null && two != null) {
      double v = two.tokensPerSecond() / one.tokensPerSecond();
      t.add(new Target("newsclaims 2 threads ÷ 1 thread", v, "≥", 1.7, v >= 1.7));
    }
    return t;
  }

  ObjectNode json() {
    ObjectNode o = ClaimJson.MAPPER.createObjectNode();
    o.put("command", commandLine);
    o.put("finished_utc", Instant.now().toString());
    o.set("machine", Machine.describe());
    o.set("jvm", Machine.jvm());
    o.set("versions", Machine.versions(NewsClaims.VERSION));
    ObjectNode s = o.putObject("settings");
    BenchOptions opt = r.options();
    s.put("input", opt.input().toString());
    s.put("docs", r.docs().size());
    s.put("baseline_docs", Math.min(opt.baselineDocs(), r.docs().size()));
    s.set("threads", ClaimJson.MAPPER.valueToTree(opt.threads()));
    s.put("rounds", opt.rounds());
    s.put("warmup_docs", opt.warmup());
    s.set("runs", ClaimJson.MAPPER.valueToTree(opt.runs()));
    s.put("first_doc_ids", String.join(",", r.docs().stream().limit(10).map(d -> d.id()).toList()));
    s.put("tokens", "CoreNLP tokenize (tokenize.language=en) tokens of the original text, the same count for every system");
    ObjectNode load = o.putObject("load_average");
    load.put("before", r.loadAverage()[0]);
    load.put("after", r.loadAverage()[1]);
    ObjectNode systems = o.putObject("systems");
    for (Workload w : r.workloads()) {
      systems.set(w.name(), w.describe());
    }
    ArrayNode results = o.putArray("results");
    for (Bench.Config c : r.configs()) {
      results.add(row(c.tally(), digests.get(c), c.workload().name().startsWith(Bench.NEWSCLAIMS)));
    }
    if (r.solo() != null) {
      ObjectNode solo = row(r.solo(), null, true);
      solo.set("memory", ClaimJson.MAPPER.valueToTree(r.soloMemory()));
      o.set("newsclaims_alone", solo);
    }
    Boolean same = identicalAcrossThreads();
    if (same != null) {
      o.put("output_identical_across_threads", same);
    }
    o.set("time_to_first_document", ClaimJson.MAPPER.valueToTree(r.firstDocument()));
    o.set("model_loading", ClaimJson.MAPPER.valueToTree(r.loads()));
    o.set("process_memory", ClaimJson.MAPPER.valueToTree(r.processMemory()));
    ArrayNode targets = o.putArray("targets");
    for (Target t : targets()) {
      ObjectNode n = targets.addObject();
      n.put("name", t.name());
      n.put("value", round(t.value()));
      n.put("target", t.comparison() + " " + t.bound());
      n.put("met", t.met());
    }
    return o;
  }

  private ObjectNode row(Tally t, String digest, boolean stages) {
    ObjectNode n = ClaimJson.MAPPER.createObjectNode();
    n.put("system", t.system());
    n.put("threads", t.threads());
    n.put("docs", t.docs());
    n.put("tokens", t.tokens());
    n.put("seconds", round(t.seconds()));
    n.put("tokens_per_second", round(t.tokensPerSecond()));
    n.put("docs_per_second", round(t.docsPerSecond()));
    n.put("cpu_seconds", round(t.cpuSeconds()));
    n.put("tokens_per_cpu_second", t.cpuSeconds() == 0 ? 0 : round(t.tokens() / t.cpuSeconds()));
    n.put("cores_used_on_average", t.seconds() == 0 ? 0 : round(t.cpuSeconds() / t.seconds()));
    n.put("failed_docs", t.failed());
    if (stages) {
      n.put("claims", t.claims());
      if (digest != null) {
        n.put("output_sha256", digest);
      }
      ObjectNode st = n.putObject("stage_seconds_summed_over_threads");
      for (String stage : t.stages()) {
        st.put(stage, round(t.stageNanos().get(stage) / 1e9));
      }
    }
    return n;
  }

  String table() {
    StringBuilder b = new StringBuilder();
    Tally parse = find(Bench.PARSE, r.options().maxThreads());
    b.append(String.format(Locale.ROOT, "%-44s %7s %6s %8s %8s %9s %7s %8s %6s %8s%n",
        "system", "threads", "docs", "tokens", "seconds", "tokens/s", "docs/s", parse == null ? "" : "×parse", "cores", "tok/cpu-s"));
    List<Tally> rows = new ArrayList<>();
    r.configs().forEach(c -> rows.add(c.tally()));
    if (r.solo() != null) {
      rows.add(r.solo());
    }
    for (Tally t : rows) {
      b.append(String.format(Locale.ROOT, "%-44s %7d %6d %8d %8.1f %9.0f %7.2f %8s %6.2f %8.0f%n",
          t.system(), t.threads(), t.docs(), t.tokens(), t.seconds(), t.tokensPerSecond(), t.docsPerSecond(),
          parse == null ? "" : String.format(Locale.ROOT, "%.2f", t.tokensPerSecond() / parse.tokensPerSecond()),
          t.seconds() == 0 ? 0 : t.cpuSeconds() / t.seconds(), t.cpuSeconds() == 0 ? 0 : t.tokens() / t.cpuSeconds()));
    }
    Map<String, Object> f = r.firstDocument();
    b.append(String.format(Locale.ROOT, "time to first document (%s, models loaded on demand): %s s from process start, %.1f s from command start%n",
        f.get("system"), f.get("seconds_from_process_start"), (Double) f.get("seconds_from_command_start")));
    r.loads().forEach((name, m) -> b.append(String.format(Locale.ROOT, "  %s: loading + first document %.1f s, live heap after %s%n",
        name, (Double) m.get("seconds_load_and_first_document"), gib(m.get("live_heap_after_gc_bytes")))));
    if (!r.soloMemory().isEmpty()) {
      b.append(String.format(Locale.ROOT, "memory, newsclaims alone: peak RSS %s, peak heap used %s, live heap %s%n",
          gib(r.soloMemory().get("peak_rss_bytes")), gib(r.soloMemory().get("peak_heap_used_bytes")),
          gib(r.soloMemory().get("live_heap_after_gc_bytes"))));
    }
    b.append(String.format(Locale.ROOT, "memory, whole process (all systems loaded): peak RSS %s%n",
        gib(r.processMemory().get("peak_rss_bytes"))));
    Tally nc = find(Bench.NEWSCLAIMS, r.options().maxThreads());
    if (nc != null) {
      long total = nc.stageNanos().values().stream().mapToLong(Long::longValue).sum();
      b.append("newsclaims time by stage:");
      for (String stage : nc.stages()) {
        b.append(String.format(Locale.ROOT, " %s %.1f%%", stage, 100.0 * nc.stageNanos().get(stage) / total));
      }
      b.append('\n');
    }
    Boolean same = identicalAcrossThreads();
    if (same != null) {
      b.append("newsclaims output identical across thread counts: ").append(same).append('\n');
    }
    b.append("load average before / after: ").append(r.loadAverage()[0]).append(" / ").append(r.loadAverage()[1]).append('\n');
    for (Target t : targets()) {
      b.append(String.format(Locale.ROOT, "target %-6s %s: %.2f %s %s%n", t.met() ? "met" : "MISSED", t.name(), t.value(),
          t.comparison(), t.bound()));
    }
    return b.toString();
  }

  private static String gib(Object bytes) {
    return bytes instanceof Long l && l >= 0 ? String.format(Locale.ROOT, "%.2f GiB", l / (double) (1L << 30)) : "unknown";
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
