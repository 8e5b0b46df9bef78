package io.newsclaims.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.NewsClaims;
import io.newsclaims.batch.Manifest;
import io.newsclaims.batch.RunStats;
import io.newsclaims.cli.ExtractCommand;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.io.InputItem;
import io.newsclaims.model.DocumentError;
import io.newsclaims.pipeline.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * The newsclaims job on Spark: the driver lists the input files, executors read them and run
 * every document through their JVM's {@link NewsClaims} core, and the driver writes the claims,
 * errors and manifest in input order, byte for byte what {@code newsclaims extract} writes for
 * the same input and settings. The runner only moves documents; the core is the CLI's.
 */
final class SparkJob {
  /** What a run reads and writes; {@code master} null means spark-submit's, else {@code local[*]}. */
  record Options(List<String> inputs, String output, String errors, String warnings, String manifest, String parquet,
      String master, Integer partitions, Settings settings, Duration docTimeout, boolean quiet) {}

  /** What a run did: its counts, the session's master and the number of partitions. */
  record Outcome(RunStats stats, String master, int partitions, double wallSeconds) {}

  private SparkJob() {}

  static Outcome run(Options o, PrintWriter out, PrintWriter err) throws IOException {
    long t0 = System.nanoTime();
    SparkConf conf = new SparkConf().setAppName("newsclaims");
    if (o.master() != null) {
      conf.setMaster(o.master());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    String master = conf.get("spark.master");
    if (master.startsWith("local")) {
      // a local run needs no web UI, and several may run side by side
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      return run(o, spark, out, err, t0);
    } finally {
      spark.stop();
    }
  }

  private static Outcome run(Options o, SparkSession spark, PrintWriter out, PrintWriter err, long t0)
      throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = sc.hadoopConfiguration();
    List<SourceFiles.Source> sources = SourceFiles.list(o.inputs(), hadoop);
    Broadcast<SerializableConfiguration> hconf = sc.broadcast(new SerializableConfiguration(hadoop));
    Settings settings = o.settings();
    long maxBytes = ExtractCommand.readLimit(settings.maxChars());
    Duration timeout = o.docTimeout();

    // read: one task per slice of files; a JSON-lines file streams its records
    int slices = Math.max(1, Math.min(sources.size(), sc.defaultParallelism()));
    JavaPairRDD<Long, InputItem> items = sc.parallelize(sources, slices)
        .flatMapToPair(s -> SourceReader.read(s, hconf.value().value(), maxBytes))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long documents = items.count();
    Broadcast<Map<Long, String>> duplicates = sc.broadcast(duplicates(items));

    // process: balanced partitions in input order (a range partition of the order keys)
    int partitions = o.partitions() != null ? o.partitions()
        : (int) Math.max(1, Math.min(documents, 4L * sc.defaultParallelism()));
    // each task runs its documents through the CLI's batch runner: same time limit, same failures
    JavaRDD<DocOutcome> outcomes = items.sortByKey(true, partitions)
        .mapToPair(t -> new Tuple2<>(t._1(), dedupe(t._2(), duplicates.value().get(t._1()))))
        .mapPartitions(part -> DocOutcome.processAll(part, ExecutorCore.get(settings), timeout), true)
        .persist(StorageLevel.MEMORY_AND_DISK());
    if (o.parquet() != null) {
      spark.createDataFrame(outcomes.flatMap(d -> ClaimRows.rows(d).iterator()), ClaimRows.SCHEMA)
          .write().mode(SaveMode.Overwrite).parquet(o.parquet());
    } else {
      outcomes.count();
    }
    items.unpersist(false);

    // write: the driver streams the finished partitions in order, as the CLI's writer thread does
    RunStats stats = new RunStats();
    boolean toStdout = o.output().equals("-");
    try (Writer claims = toStdout ? nonClosing(out) : create(o.output(), hadoop);
        Writer errors = o.errors() == null ? Writer.nullWriter() : create(o.errors(), hadoop);
        Writer warnings = o.warnings() == null ? Writer.nullWriter() : create(o.warnings(), hadoop)) {
      Iterator<DocOutcome> it = outcomes.toLocalIterator();
      while (it.hasNext()) {
        write(it.next(), stats, claims, errors, warnings, o.quiet() ? null : err);
      }
    }
    outcomes.unpersist(false);
    double wall = (System.nanoTime() - t0) / 1e9;
    if (o.manifest() != null) {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("doc_timeout_seconds", timeout.toMillis() / 1000.0);
      run.put("errors", o.errors());
      run.put("warnings", o.warnings());
      ObjectNode m = Manifest.build(stats, settings, o.inputs(), o.output(), sc.defaultParallelism(), wall, run);
      ObjectNode engine = m.putObject("engine");
      engine.put("name", "spark");
      engine.put("spark_version", spark.version());
      engine.put("master", sc.master());
      engine.put("partitions", partitions);
      try (Writer w = create(o.manifest(), hadoop)) {
        w.write(ClaimJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m));
      }
    }
    return new Outcome(stats, sc.master(), partitions, wall);
  }

  /** The order keys of documents whose id came earlier in input order, with where it came first. */
  private static Map<Long, String> duplicates(JavaPairRDD<Long, InputItem> items) {
    return items.filter(t -> t._2().id() != null)
        .mapToPair(t -> new Tuple2<>(t._2().id(), new Tuple2<>(t._1(), t._2().location())))
        .groupByKey()
        .flatMapToPair(g -> {
          List<Tuple2<Long, String>> seen = new ArrayList<>();
          g._2().forEach(seen::add);
          List<Tuple2<Long, String>> later = new ArrayList<>();
          if (seen.size() > 1) {
            seen.sort((a, b) -> Long.compare(a._1(), b._1()));
            String first = seen.get(0)._2();
            for (Tuple2<Long, String> s : seen.subList(1, seen.size())) {
              later.add(new Tuple2<>(s._1(), first));
            }
          }
          return later.iterator();
        })
        .collectAsMap();
  }

  /** The CLI's refusal of a second document with an id already seen. */
  private static InputItem dedupe(InputItem item, String firstSeenAt) {
    if (firstSeenAt == null) {
      return item;
    }
    return InputItem.failed(item.id(), item.location(),
        "duplicate id '" + item.id() + "' (first seen at " + firstSeenAt + ")");
  }

  private static void write(DocOutcome d, RunStats stats, Writer claims, Writer errors, Writer warnings,
      PrintWriter err) throws IOException {
    if (d.note() != null) {
      warnings.write(ClaimJson.decodingWarningLine(d.docId(), d.location(), d.decoding(), d.note()));
      warnings.write('\n');
      stats.addWarning();
    }
    if (d.unreadable()) {
      stats.addUnreadable(d.docId(), d.location(), d.stage(), d.reason());
    } else {
      DocumentError error = d.failed() ? new DocumentError(d.stage(), d.reason()) : null;
      stats.add(d.docId(), d.location(), d.decoding(), error, d.claimTypes(), d.stageNanos());
    }
    if (d.failed()) {
      errors.write(ClaimJson.errorLine(d.docId(), d.location(), d.stage(), d.reason()));
      errors.write('\n');
      if (err != null) {
        err.println("newsclaims: " + (d.location() != null ? d.location() : d.docId()) + ": " + d.reason());
      }
      return;
    }
    for (String line : d.lines()) {
      claims.write(line);
      claims.write('\n');
    }
  }

  /** A writer on a new file (local or any Hadoop file system), replacing it only when closed. */
  private static Writer create(String name, Configuration hadoop) throws IOException {
    Path target = new Path(name);
    FileSystem any = target.getFileSystem(hadoop);
    // no .crc files beside a local output: the CLI writes none
    FileSystem fs = any instanceof LocalFileSystem local ? local.getRaw() : any;
    Path parent = target.getParent() == null ? new Path(".") : target.getParent();
    Path tmp = new Path(parent, "." + target.getName() + ".tmp");
    OutputStream stream = fs.create(tmp, true);
    return new OutputStreamWriter(new java.io.BufferedOutputStream(stream, 1 << 16), StandardCharsets.UTF_8) {
      @Override
      public void close() throws IOException {
        super.close();
        if (fs.exists(target)) {
          fs.delete(target, false);
        }
        if (!fs.rename(tmp, target)) {
          throw new IOException("cannot move " + tmp + " to " + target);
        }
      }
    };
  }

  private static Writer nonClosing(PrintWriter w) {
    return new java.io.FilterWriter(w) {
      @Override
      public void close() {
        w.flush();
      }
    };
  }
}
