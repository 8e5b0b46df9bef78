package io.newsclaims.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsclaims.model.InputDocument;
import io.newsclaims.nlp.CoreNlpModels;
import io.newsclaims.pipeline.Settings;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Measures newsclaims side by side with plain CoreNLP in one process on the same documents.
 *
 * <ol>
 *   <li>Time to first document: newsclaims is loaded first, in a fresh JVM, and processes one
 *       document; the clock runs from process start (and from the command's start) to its result.
 *   <li>Solo: newsclaims alone (nothing else loaded) over all documents at the largest thread
 *       count, for its own peak RSS and heap.
 *   <li>The baselines are loaded, each timed from construction to its first result.
 *   <li>Rounds: the documents are cut into chunks; each round runs one chunk through every
 *       configuration (rotating the order), so noise from other processes falls on all alike.
 *       Throughput ratios come from these rounds.
 * </ol>
 *
 * Every system is warmed up on a few documents first; warm-up is not counted. Tokens are
 * CoreNLP's tokens of the original text, counted once after the timed runs, the same for all.
 */
public final class Bench {
  public static final String NEWSCLAIMS = "newsclaims";
  public static final String NEWSCLAIMS_PARSE_ALL = "newsclaims-parse-all";
  public static final String PARSE = "corenlp-parse";
  public static final String COREF = "corenlp-coref";
  public static final String TAG = "corenlp-tag";
  public static final List<String> SYSTEMS = List.of(NEWSCLAIMS, NEWSCLAIMS_PARSE_ALL, PARSE, COREF, TAG);

  private final BenchOptions options;
  private final PrintWriter log;
  private final long commandStart;

  /** @param commandStart {@link System#nanoTime()} when the command began */
  public Bench(BenchOptions options, PrintWriter log, long commandStart) {
    this.options = options;
    this.log = log;
    this.commandStart = commandStart;
  }

  /** One measured configuration: a system at a thread count over a document set. */
  record Config(Workload workload, int threads, List<InputDocument> docs, Tally tally) {}

  /** Everything the run measured, for {@link BenchReport}. */
  record Result(
      BenchOptions options,
      List<InputDocument> docs,
      List<Workload> workloads,
      List<Config> configs,
      Tally solo,
      Map<String, Object> firstDocument,
      Map<String, Map<String, Object>> loads,
      Map<String, Object> soloMemory,
      Map<String, Object> processMemory,
      String[] loadAverage) {}

  public Result run() throws InterruptedException {
    String loadBefore = Machine.loadAverage();
    List<InputDocument> docs = BenchDocs.select(options.input(), options.docs());
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no readable documents in " + options.input());
    }
    List<InputDocument> baseline = docs.subList(0, Math.min(options.baselineDocs(), docs.size()));
    List<Workload> workloads = new ArrayList<>();
    for (String name : options.runs()) {
      workloads.add(workload(name));
    }
    try (ProcMemory memory = new ProcMemory()) {
      Map<String, Map<String, Object>> loads = new LinkedHashMap<>();
      Map<String, Object> first = new LinkedHashMap<>();
      Tally solo = null;
      Map<String, Object> soloMemory = new LinkedHashMap<>();
      int maxThreads = options.maxThreads();

      Workload primary = workloads.get(0);
      log.printf(Locale.ROOT, "bench: %d documents (%d for %s); loading %s...%n", docs.size(), baseline.size(), COREF, primary.name());
      long t0 = System.nanoTime();
      primary.load(docs.get(0));
      long t1 = System.nanoTime();
      Instant firstResult = Instant.now();
      first.put("system", primary.name());
      first.put("document", docs.get(0).id());
      first.put("seconds_from_process_start", ProcessHandle.current().info().startInstant()
          .map(s -> Duration.between(s, firstResult).toMillis() / 1000.0).orElse(null));
      first.put("seconds_from_command_start", (t1 - commandStart) / 1e9);
      first.put("seconds_load_and_first_document", (t1 - t0) / 1e9);
      loads.put(primary.name(), loadInfo((t1 - t0) / 1e9, memory));
      warmUp(primary, docs, maxThreads);

      if (options.solo() && primary.name().equals(NEWSCLAIMS)) {
        memory.takePeakHeapUsed();
        solo = new Tally(NEWSCLAIMS + " (alone)", maxThreads);
        log.printf(Locale.ROOT, "bench: %s alone, %d documents, %d threads...%n", primary.name(), docs.size(), maxThreads);
        timed(new Config(primary, maxThreads, docs, solo));
        soloMemory.put("peak_rss_bytes", ProcMemory.peakRss());
        soloMemory.put("peak_heap_used_bytes", memory.takePeakHeapUsed());
        soloMemory.put("live_heap_after_gc_bytes", memory.liveHeapAfterGc());
      }

      for (Workload w : workloads.subList(1, workloads.size())) {
        log.printf(Locale.ROOT, "bench: loading %s...%n", w.name());
        long l0 = System.nanoTime();
        w.load(docs.get(0));
        loads.put(w.name(), loadInfo((System.nanoTime() - l0) / 1e9, memory));
        warmUp(w, w.name().equals(COREF) ? baseline : docs, maxThreads);
      }

      List<Config> configs = new ArrayList<>();
      for (Workload w : workloads) {
        List<Integer> counts = w.name().equals(NEWSCLAIMS) ? options.threads() : List.of(maxThreads);
        for (int t : counts) {
          configs.add(new Config(w, t, w.name().equals(COREF) ? baseline : docs, new Tally(w.name(), t)));
        }
      }
      memory.takePeakHeapUsed();
      for (int r = 0; r < options.rounds(); r++) {
        log.printf(Locale.ROOT, "bench: round %d of %d...%n", r + 1, options.rounds());
        for (int k = 0; k < configs.size(); k++) {
          Config c = configs.get((r + k) % configs.size());
          List<InputDocument> chunk = chunk(c.docs(), r, options.rounds());
          timed(new Config(c.workload(), c.threads(), chunk, c.tally()));
        }
      }
      Map<String, Object> processMemory = new LinkedHashMap<>();
      processMemory.put("peak_rss_bytes", ProcMemory.peakRss());
      processMemory.put("peak_heap_used_bytes_in_rounds", memory.takePeakHeapUsed());
      processMemory.put("live_heap_after_gc_bytes", memory.liveHeapAfterGc());

      log.println("bench: counting tokens...");
      countTokens(docs, baseline, configs, solo);
      return new Result(options, docs, workloads, configs, solo, first, loads, soloMemory, processMemory,
          new String[] {loadBefore, Machine.loadAverage()});
    }
  }

  private Map<String, Object> loadInfo(double seconds, ProcMemory memory) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seconds_load_and_first_document", seconds);
    m.put("live_heap_after_gc_bytes", memory.liveHeapAfterGc());
    m.put("rss_bytes", ProcMemory.rss());
    return m;
  }

  private void warmUp(Workload w, List<InputDocument> docs, int threads) throws InterruptedException {
    if (options.warmup() > 0) {
      w.run(docs.subList(0, Math.min(options.warmup(), docs.size())), threads, new Tally(w.name(), threads));
    }
  }

  private static void timed(Config c) throws InterruptedException {
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    c.workload().run(c.docs(), c.threads(), c.tally());
    c.tally().addNanos(System.nanoTime() - t0, processCpuNanos() - cpu0);
  }

  /** CPU time of this process so far, or 0 where the JVM does not tell. */
  @SuppressForbidden(reason = "the only portable-enough source of process CPU time; checked with instanceof")
  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
  }

  /** Chunk {@code r} of {@code n} nearly equal consecutive chunks of {@code docs}. */
  static <T> List<T> chunk(List<T> docs, int r, int n) {
    return docs.subList((int) ((long) r * docs.size() / n), (int) ((long) (r + 1) * docs.size() / n));
  }

  private static void countTokens(List<InputDocument> docs, List<InputDocument> baseline, List<Config> configs, Tally solo) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize");
    p.setProperty("tokenize.language", "en");
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
    long all = 0;
    long few = 0;
    for (int i = 0; i < docs.size(); i++) {
      Annotation a = new Annotation(docs.get(i).text());
      tokenizer.annotate(a);
      int n = a.get(CoreAnnotations.TokensAnnotation.class).size();
      all += n;
      few += i < baseline.size() ? n : 0;
    }
    for (Config c : configs) {
      c.tally().setTokens(c.docs() == baseline && baseline.size() < docs.size() ? few : all);
    }
    if (solo != null) {
      solo.setTokens(all);
    }
  }

  private Workload workload(String name) {
    String sentenceBreak = Settings.defaults().sentenceBreak();
    switch (name) {
      case NEWSCLAIMS:
        return new NewsClaimsWorkload(name, Settings.defaults());
      case NEWSCLAIMS_PARSE_ALL:
        return new NewsClaimsWorkload(name, Settings.defaults().withParseAll(true));
      case PARSE: {
        Properties p = CoreNlpModels.taggingProperties(sentenceBreak);
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return new CoreNlpWorkload(name, "plain CoreNLP tokenize..ner,depparse, newsclaims' NER settings", p);
      }
      case COREF: {
        Properties p = CoreNlpModels.taggingProperties(sentenceBreak);
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        return new CoreNlpWorkload(name, "plain CoreNLP with coref and quote added, their default settings", p);
      }
      case TAG: {
        return new CoreNlpWorkload(name, "plain CoreNLP tokenize..ner, newsclaims' NER settings",
            CoreNlpModels.taggingProperties(sentenceBreak));
      }
      default:
        if (name.startsWith(TAG + "[") && name.endsWith("]") && name.contains("=")) {
          String kv = name.substring(TAG.length() + 1, name.length() - 1);
          Properties p = CoreNlpModels.taggingProperties(sentenceBreak);
          p.setProperty(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
          return new CoreNlpWorkload(name, "plain CoreNLP tokenize..ner with " + kv, p);
        }
        throw new IllegalArgumentException("unknown system '" + name + "'; one of " + SYSTEMS + " or " + TAG + "[KEY=VALUE]");
    }
  }
}
