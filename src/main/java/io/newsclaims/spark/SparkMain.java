package io.newsclaims.spark;

import io.newsclaims.cli.Main;

/**
 * The main class for spark-submit: {@code newsclaims spark ARGS}, with the master, executors
 * and memory that spark-submit was given.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = "spark";
    System.arraycopy(args, 0, all, 1, args.length);
    System.exit(Main.run(Main.utf8(System.out), Main.utf8(System.err), all));
  }
}
