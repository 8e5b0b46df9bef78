package io.newsclaims.bench;

import io.newsclaims.cli.ExitCodes;
import io.newsclaims.io.ClaimJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsclaims bench}: newsclaims' speed and memory side by side with plain CoreNLP, in one process. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures newsclaims side by side with plain CoreNLP on the same documents, in one process:",
      "tokens/s and documents/s (warm-up excluded), time to first document, peak memory.",
      "Prints a table and writes bench.json. The shipped JVM options (-Xms1g -Xmx3g) hold all three",
      "systems; peak memory is measured under whatever JAVA_OPTS sets."
    },
    footer = {
      "",
      "Systems (--runs): newsclaims (every stage on), newsclaims-parse-all, corenlp-parse",
      "(tokenize,ssplit,pos,lemma,ner,depparse with newsclaims' NER settings), corenlp-coref (the same",
      "plus coref,quote with their defaults; on --baseline-docs documents), corenlp-tag (tokenize..ner),",
      "corenlp-tag[KEY=VALUE] (tokenize..ner with one property changed).",
      "",
      "Examples:",
      "  newsclaims bench --threads 1,2",
      "  newsclaims bench --runs newsclaims --docs 50",
      "  newsclaims bench --runs 'corenlp-tag,corenlp-tag[ner.applyNumericClassifiers=false]' --no-solo",
      "",
      "Exit codes: 0 measured (targets met or not: see the table), 2 usage or setup error."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "DIR|FILE",
      description = "Documents: a directory of sections (.txt), a directory, or a .jsonl file. Default: ../shared/corpus/bbc.")
  Path input;

  @Option(names = "--docs", paramLabel = "N", defaultValue = "300", description = "Documents to process. Default: ${DEFAULT-VALUE}.")
  int docs;

  @Option(names = "--baseline-docs", paramLabel = "M", defaultValue = "30",
      description = "Documents for the slow coref baseline (the first M). Default: ${DEFAULT-VALUE}.")
  int baselineDocs;

  @Option(names = "--threads", paramLabel = "T[,T...]", split = ",",
      description = "Thread counts for newsclaims (the baselines run at the largest). Default: the number of cores.")
  List<Integer> threads;

  @Option(names = "--runs", paramLabel = "SYSTEM[,SYSTEM...]", defaultValue = "newsclaims,corenlp-parse,corenlp-coref",
      description = "Systems to measure. Default: ${DEFAULT-VALUE}.")
  String runs;

  @Option(names = "--rounds", paramLabel = "R", defaultValue = "3",
      description = "Chunks the documents are cut into; each round runs one chunk through every system. Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "4",
      description = "Documents each system processes before measuring. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--no-solo", description = "Skip the run of newsclaims alone (its own peak memory) before the baselines load.")
  boolean noSolo;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "out/bench.json", description = "Report file. Default: ${DEFAULT-VALUE}.")
  Path output;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    Path in = input != null ? input : defaultInput();
    if (in == null || !Files.exists(in)) {
      err.println("newsclaims: input not found: " + (in == null ? "../shared/corpus/bbc (give --input)" : in));
      return ExitCodes.USAGE;
    }
    List<Integer> counts = threads != null ? threads : List.of(Runtime.getRuntime().availableProcessors());
    BenchOptions options;
    try {
      options = new BenchOptions(in, docs, counts, baselineDocs, systems(runs), rounds, warmup, !noSolo);
    } catch (IllegalArgumentException e) {
      err.println("newsclaims: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Bench.Result result = new Bench(options, err, start).run();
    String cmd = "newsclaims " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    BenchReport report = new BenchReport(result, cmd);
    Path parent = output.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    ClaimJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), report.json());
    PrintWriter out = spec.commandLine().getOut();
    out.print(report.table());
    out.println("-> " + output);
    out.flush();
    return ExitCodes.OK;
  }

  /** The system names of a comma-separated list; commas inside {@code [...]} belong to the name; newsclaims goes first. */
  static List<String> systems(String list) {
    List<String> names = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int depth = 0;
    for (char c : list.toCharArray()) {
      if (c == ',' && depth == 0) {
        names.add(cur.toString().trim());
        cur.setLength(0);
        continue;
      }
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      cur.append(c);
    }
    names.add(cur.toString().trim());
    names.removeIf(String::isEmpty);
    if (names.remove(Bench.NEWSCLAIMS)) {
      names.add(0, Bench.NEWSCLAIMS);
    }
    return names.stream().distinct().toList();
  }

  private static Path defaultInput() {
    Path p = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("corpus").resolve("bbc");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
