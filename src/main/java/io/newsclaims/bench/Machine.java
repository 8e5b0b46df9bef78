package io.newsclaims.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsclaims.io.ClaimJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** The machine, JVM and library versions a benchmark ran on, as recorded in bench.json. */
final class Machine {
  private Machine() {}

  static ObjectNode describe() {
    ObjectNode m = ClaimJson.MAPPER.createObjectNode();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("cpu", procField("/proc/cpuinfo", "model name"));
    m.put("memory_total", procField("/proc/meminfo", "MemTotal"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    return m;
  }

  static ObjectNode jvm() {
    ObjectNode j = ClaimJson.MAPPER.createObjectNode();
    j.put("version", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    j.put("vendor", System.getProperty("java.vm.vendor"));
    j.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    j.put("gc", String.join(",", ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).toList()));
    j.put("arguments", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    return j;
  }

  /** Versions of newsclaims and the libraries whose speed is measured, read from their jars. */
  static ObjectNode versions(String newsclaims) {
    ObjectNode v = ClaimJson.MAPPER.createObjectNode();
    v.put("newsclaims", newsclaims);
    String corenlp = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion();
    v.put("stanford-corenlp", corenlp == null ? "unknown" : corenlp);
    v.put("opennlp-tools", mavenVersion("org.apache.opennlp", "opennlp-tools"));
    return v;
  }

  /** The version in a jar's {@code META-INF/maven/.../pom.properties}, or "unknown". */
  static String mavenVersion(String group, String artifact) {
    String res = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = Machine.class.getResourceAsStream(res)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The 1, 5 and 15 minute load averages ({@code /proc/loadavg}), or "unknown". */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String procField(String file, String field) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file));
      for (String l : lines) {
        if (l.startsWith(field)) {
          return l.substring(l.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave it unknown
    }
    return "unknown";
  }
}
