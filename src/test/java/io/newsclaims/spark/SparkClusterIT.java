package io.newsclaims.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsclaims.cli.ExitCodes;
import io.newsclaims.io.ClaimJson;
import io.newsclaims.testing.Shared;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the cluster jar (target/newsclaims-spark.jar, built by the cluster profile):
 * spark-submit's own main class runs it on a {@code local-cluster} master, a standalone master
 * and two workers whose executors are separate JVMs that load CoreNLP from the models jar given
 * alongside with {@code --jars} (as the README says), and the claims, errors and counts are those
 * of the CLI on the same input. Spark's scripts are not needed: a Spark home of links to Spark's
 * jars from the Maven repository is.
 */
class SparkClusterIT {
  static final Path ROOT = Path.of("target", "spark-cluster-it");
  static final Path TARGET = Path.of("target");
  /** Artifacts that Spark ships and newsclaims shares (the shade excludes): on the compile class path. */
  static final Pattern SHARED_WITH_SPARK =
      Pattern.compile(".*/(jackson-[a-z0-9_.-]+|slf4j-api|protobuf-java|commons-lang3|jakarta\\.servlet-api)-[0-9][^/]*\\.jar");
  static final String MASTER = "local-cluster[2,1,2600]";

  @Test
  void clusterJarOnTwoExecutorJvmsWritesTheClisOutput() throws Exception {
    Path in = input();
    List<String> runtime = classPath("classpath.txt");
    String models = runtime.stream().filter(j -> j.endsWith("stanford-corenlp-4.5.10-models.jar")).findFirst().orElseThrow();

    List<String> cliCp = new ArrayList<>(List.of(TARGET.resolve("newsclaims.jar").toString()));
    cliCp.addAll(runtime);
    Path cli = ROOT.resolve("cli");
    int cliCode = java(List.of("-Xmx2500m", "-Dfile.encoding=UTF-8", "-cp", String.join(File.pathSeparator, cliCp),
        "io.newsclaims.cli.Main", "extract", in.toString(), "-o", cli.resolve("claims.jsonl").toString(), "-q"),
        cli.resolve("log.txt"), new String[0]);
    assertEquals(ExitCodes.PARTIAL, cliCode);

    Path sparkHome = sparkHome(runtime);
    Path cluster = ROOT.resolve("cluster");
    int code = java(List.of("-Xmx768m", "-Dfile.encoding=UTF-8", "-cp", sparkHome.resolve("jars") + File.separator + "*",
        "org.apache.spark.deploy.SparkSubmit",
        "--master", MASTER,
        "--executor-memory", "2500m",
        "--conf", "spark.ui.enabled=false",
        "--jars", models,
        "--conf", "spark.executor.extraJavaOptions=-Dfile.encoding=UTF-8",
        "--class", "io.newsclaims.spark.SparkMain",
        TARGET.resolve("newsclaims-spark.jar").toString(),
        in.toString(), "-o", cluster.resolve("claims.jsonl").toString(), "-q"),
        cluster.resolve("log.txt"),
        new String[] {"SPARK_HOME", sparkHome.toAbsolutePath().toString(), "SPARK_SCALA_VERSION", "2.13"});
    // the executors' copies of the jars (--jars ships the 474 MB models jar to each)
    deleteTree(sparkHome.resolve("work"));
    assertEquals(ExitCodes.PARTIAL, code, () -> log(cluster));

    assertTrue(Files.readAllLines(cli.resolve("claims.jsonl")).size() > 40);
    assertArrayEquals(Files.readAllBytes(cli.resolve("claims.jsonl")), Files.readAllBytes(cluster.resolve("claims.jsonl")));
    assertArrayEquals(Files.readAllBytes(cli.resolve("errors.jsonl")), Files.readAllBytes(cluster.resolve("errors.jsonl")));
    // sport/199 is not UTF-8: one decoding warning, read on an executor
    assertEquals(1, Files.readAllLines(cluster.resolve("warnings.jsonl")).size());
    assertArrayEquals(Files.readAllBytes(cli.resolve("warnings.jsonl")), Files.readAllBytes(cluster.resolve("warnings.jsonl")));
    JsonNode reference = ClaimJson.MAPPER.readTree(cli.resolve("run.json").toFile());
    JsonNode run = ClaimJson.MAPPER.readTree(cluster.resolve("run.json").toFile());
    assertEquals(reference.get("documents"), run.get("documents"));
    assertEquals(reference.get("claims"), run.get("claims"));
    assertEquals(MASTER, run.get("engine").get("master").asText());
  }

  /** The 3 seeds, 5 BBC articles (one not UTF-8) and the JSON-lines file of the local test. */
  private static Path input() throws IOException {
    Path in = ROOT.resolve("in");
    deleteTree(ROOT);
    for (String f : List.of("business/001", "politics/004", "sport/002", "sport/199", "tech/003")) {
      copy(Shared.SHARED.resolve("corpus/bbc/" + f + ".txt"), in.resolve("bbc/" + f + ".txt"));
    }
    try (var seeds = Files.list(Shared.SHARED.resolve("seeds"))) {
      for (Path s : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        copy(s, in.resolve("seeds/" + s.getFileName()));
      }
    }
    Files.writeString(in.resolve("extra.jsonl"), SparkJobTest.EXTRA, StandardCharsets.UTF_8);
    return in;
  }

  /** A Spark home for the workers: jars/ links to Spark's jars (what spark-submit's distribution holds). */
  private static Path sparkHome(List<String> runtime) throws IOException {
    Path home = ROOT.resolve("spark-home");
    Files.createDirectories(home.resolve("jars"));
    List<String> jars = new ArrayList<>(classPath("classpath-spark.txt"));
    runtime.stream().filter(j -> SHARED_WITH_SPARK.matcher(j).matches()).forEach(jars::add);
    for (String j : jars) {
      Path jar = Path.of(j);
      Files.createSymbolicLink(home.resolve("jars").resolve(jar.getFileName()), jar.toAbsolutePath());
    }
    return home;
  }

  private static List<String> classPath(String file) throws IOException {
    return Arrays.asList(Files.readString(TARGET.resolve(file)).strip().split(File.pathSeparator));
  }

  /** Runs a child JVM (killed with its executors after 8 minutes); returns its exit code. */
  private static int java(List<String> args, Path log, String[] env) throws Exception {
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    for (int i = 0; i < env.length; i += 2) {
      pb.environment().put(env[i], env[i + 1]);
    }
    Process p = pb.start();
    if (!p.waitFor(8, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command) + "\n" + Files.readString(log));
    }
    return p.exitValue();
  }

  private static String log(Path dir) {
    try {
      return Files.readString(dir.resolve("log.txt"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
