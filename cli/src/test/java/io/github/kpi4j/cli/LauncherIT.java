package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.cli.Processes.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher a user puts on PATH, {@code cli/target/kpi4j}, next to {@code java -jar
 * cli/target/kpi4j.jar}: the same output, standard error and exit status for every kind of command,
 * whether it runs with a class-data archive, creates one, or has nowhere to keep one.
 */
class LauncherIT {
  private static final String MAC = "../examples/plans/mac-107.json";

  /** What the launcher makes on the test JVM. */
  private static final String ARCHIVE = archiveKind(Path.of(System.getProperty("java.home")));

  /** The cache every comparison shares: its archive is made once, by {@link #makeTheArchive}. */
  @TempDir static Path sharedCache;

  @BeforeAll
  static void makeTheArchive() throws Exception {
    Run first = launcher(sharedCache, "validate", MAC);
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(archives(sharedCache)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a valid plan                    | 0 | validate ../examples/plans/mac-107.json |
          two plans, JSON, in Chinese     | 1 | validate ../examples/plans/mac-107.json ../examples/plans/mofa-107.json --format json --lang zh-TW |
          an invalid plan                 | 1 | validate src/test/resources/documents/invalid-plan.json |
          a file that is not JSON         | 2 | validate src/test/resources/unreadable/malformed.json |
          a file that does not exist      | 2 | validate no-such-plan.json |
          a plan on standard input        | 0 | validate - | ../examples/plans/mac-107.json
          results against their plan      | 0 | evaluate ../examples/plans/mac-107.json ../examples/plans/mac-107-results.json --format json |
          results with errors             | 1 | evaluate src/test/resources/documents/tiny-plan.json src/test/resources/documents/bad-results.json |
          a formula as printed            | 0 | formula 【（甲－乙）÷乙】×100% --var 甲=10450 --var 乙=10200 |
          a formula that cannot be parsed | 2 | formula (1+ |
          a missing argument              | 2 | evaluate |
          the kpis as CSV                 | 0 | export ../examples/plans/mac-107.json --csv |
          the usage                       | 0 | --help |
          """)
  void should_give_the_output_and_exit_status_of_java_jar(
      String description, int status, String arguments, String stdinFile) throws Exception {
    // GIVEN a command line, and what standard input holds
    String[] args = arguments.split(" ");
    byte[] stdin = stdinFile == null ? new byte[0] : Files.readAllBytes(Path.of(stdinFile));
    // WHEN java -jar and the launcher (with its archive) run it
    Run plain = javaJar(stdin, args);
    Run launched = run(launcherCommand(args), environment(sharedCache), stdin);
    // THEN the same exit status, standard output and standard error, byte for byte
    assertThat(plain.status()).as(plain.err()).isEqualTo(status);
    assertThat(launched).isEqualTo(plain);
  }

  @Test
  void should_run_the_demo_as_the_readme_quick_start_does() throws Exception {
    // GIVEN the README's first command: build, then run the demo through the launcher
    String readme = Files.readString(Path.of("..", "README.md"));
    String quickStart = readme.substring(readme.indexOf("## Quick start"));
    String build = "./mvnw -B -q -DskipTests package && ";
    int start = quickStart.indexOf("```sh\n") + "```sh\n".length();
    String first = quickStart.substring(start, quickStart.indexOf("\n```", start));
    assertThat(first).startsWith(build);
    // WHEN its second half runs from the root of the project (the build is what made this jar)
    Run run =
        run(
            List.of("sh", "-c", first.substring(build.length())),
            environment(sharedCache),
            Path.of(".."),
            null);
    // THEN the demo ran, as java -jar runs it
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("大陸委員會 (MAC)").contains("Summary: achieved");
    assertThat(run).isEqualTo(javaJar(new byte[0], "demo"));
  }

  @Test
  void should_pass_arguments_with_blanks_quotes_and_chinese_unchanged(@TempDir Path dir)
      throws Exception {
    // GIVEN a plan in a folder whose name has blanks and quotes, and a formula with a blank
    Path folder = Files.createDirectories(dir.resolve("計畫 'a' \"b\" $HOME *"));
    Path plan = Files.copy(Path.of(MAC), folder.resolve("mac 107.json"));
    String[] validate = {"validate", plan.toString(), "--format", "json"};
    String[] formula = {"formula", "（甲 － 乙）÷乙", "--var", "甲=3", "--var", "乙=2"};
    // WHEN both run them
    // THEN the same results
    assertThat(run(launcherCommand(validate), environment(sharedCache), new byte[0]))
        .isEqualTo(javaJar(new byte[0], validate));
    assertThat(run(launcherCommand(formula), environment(sharedCache), new byte[0]))
        .isEqualTo(javaJar(new byte[0], formula));
  }

  @Test
  void should_create_the_archive_on_first_use_and_map_it_afterwards(@TempDir Path dir)
      throws Exception {
    // GIVEN an empty cache directory that does not exist yet, and a class-loading log kept in a
    // file, away from the command's output
    Path cache = dir.resolve("no such folder yet").resolve("cache");
    Path log = dir.resolve("class-load.log");
    Map<String, String> environment = environment(cache);
    environment.put("KPI4J_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    // WHEN the launcher runs twice
    Run first = run(launcherCommand("validate", MAC), environment, new byte[0]);
    List<Path> archives = archives(cache);
    Run second = run(launcherCommand("validate", MAC), environment, new byte[0]);
    // THEN the first run made one archive, named for the jar's JVM and for the commands outside
    // import, render and report, and left nothing else
    assertThat(archives).hasSize(1);
    assertThat(archives.get(0).getFileName().toString())
        .startsWith("kpi4j-" + System.getProperty("java.version"))
        .endsWith("-base" + ARCHIVE);
    assertThat(files(cache)).containsExactly(archives.get(0));
    // AND the second run loaded kpi4j's classes from it, and picocli's, which are Java 5 class
    // files that only a static archive holds
    List<String> loaded = Files.readAllLines(log);
    for (String type : List.of(" io.github.kpi4j.cli.Main ", " picocli.CommandLine ")) {
      assertThat(loaded)
          .filteredOn(line -> line.contains(type))
          .singleElement()
          .asString()
          .endsWith("source: shared objects file");
    }
    // AND both printed what java -jar prints
    Run plain = javaJar(new byte[0], "validate", MAC);
    assertThat(first).isEqualTo(plain);
    assertThat(second).isEqualTo(plain);
  }

  /**
   * @return the Java 17 or later of the test JVM and of every JDK installed beside it (Debian's
   *     {@code /usr/lib/jvm}), one per installation: the launcher makes an AOT cache on Java 25 and
   *     later, a static class-data archive before
   */
  static Stream<Path> installedJavas() throws IOException {
    Path home = Path.of(System.getProperty("java.home")).toRealPath();
    Set<Path> homes = new LinkedHashSet<>(List.of(home));
    try (Stream<Path> beside = Files.list(home.getParent())) {
      beside
          .filter(other -> Files.isExecutable(other.resolve("bin/java")) && major(other) >= 17)
          .map(LauncherIT::realPath)
          .forEach(homes::add);
    }
    return homes.stream();
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the name ending of the archive the launcher makes with a JDK: an AOT cache from Java 25
   *     on, a static class-data archive before
   */
  private static String archiveKind(Path javaHome) {
    return major(javaHome) >= 25 ? ".aot" : ".jsa";
  }

  /**
   * @return the Java version a JDK's release file names, or 0 without one
   */
  private static int major(Path javaHome) {
    try {
      for (String line : Files.readAllLines(javaHome.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  @ParameterizedTest
  @MethodSource("installedJavas")
  void should_make_the_archive_its_jvm_maps_best_and_map_it_afterwards(
      Path javaHome, @TempDir Path dir) throws Exception {
    // GIVEN an empty cache, a JDK, and a class-loading log kept in a file
    Path cache = dir.resolve("cache");
    Path log = dir.resolve("class-load.log");
    Map<String, String> environment = environment(cache);
    environment.put("JAVA_HOME", javaHome.toString());
    environment.put("KPI4J_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    // WHEN the launcher runs twice with it
    Run first = run(launcherCommand("validate", MAC), environment, new byte[0]);
    Run second = run(launcherCommand("validate", MAC), environment, new byte[0]);
    // THEN the first run made one archive: an AOT cache from Java 25 on, a class-data archive
    // before
    String kind = archiveKind(javaHome);
    assertThat(files(cache))
        .singleElement()
        .satisfies(archive -> assertThat(archive.getFileName().toString()).endsWith(kind));
    // AND the second run loaded kpi4j's classes from it
    assertThat(Files.readAllLines(log))
        .filteredOn(line -> line.contains(" io.github.kpi4j.cli.Main "))
        .singleElement()
        .asString()
        .endsWith("source: shared objects file");
    // AND both printed what java -jar of that JDK prints
    Run plain = javaJar(javaHome.resolve("bin/java").toString(), new byte[0], "validate", MAC);
    assertThat(first).isEqualTo(plain);
    assertThat(second).isEqualTo(plain);
  }

  @Test
  void should_keep_only_the_three_newest_archives_when_it_makes_one(@TempDir Path dir)
      throws Exception {
    // GIVEN a cache holding four archives of earlier builds for validate's set of commands, a day
    // apart, an older one for the set of import, render and report, one named before there were
    // two sets, and a file of another program
    Path cache = Files.createDirectory(dir.resolve("cache"));
    List<Path> earlier = new ArrayList<>();
    for (int day = 1; day <= 4; day++) {
      earlier.add(oldArchive(cache, "kpi4j-17.0.1-" + day + "-base.jsa", 10 - day));
    }
    Path full = oldArchive(cache, "kpi4j-17.0.1-1-full.jsa", 20);
    Path unsorted = oldArchive(cache, "kpi4j-17.0.1-0.jsa", 1); // named before the two sets
    Path other = Files.writeString(cache.resolve("notes.txt"), "not kpi4j's");
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(30))));
    // WHEN the launcher runs validate for the first time with this build
    Run run = launcher(cache, "validate", MAC);
    // THEN it made its archive, kept the two newest earlier ones of its set, deleted the two
    // oldest and the one of neither set, and left the other set's alone
    assertThat(run.status()).as(run.err()).isZero();
    List<Path> made =
        archives(cache).stream()
            .filter(a -> !earlier.contains(a) && !a.equals(full) && !a.equals(unsorted))
            .toList();
    assertThat(made).hasSize(1);
    assertThat(files(cache))
        .containsExactlyInAnyOrder(made.get(0), earlier.get(2), earlier.get(3), full, other);
  }

  /** A one-byte file named as an archive, read-only as the JVM leaves one, some days old. */
  private static Path oldArchive(Path cache, String name, int daysOld) throws IOException {
    Path old = cache.resolve(name);
    Files.write(old, new byte[] {1});
    old.toFile().setReadOnly();
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(daysOld))));
    return old;
  }

  @Test
  void should_keep_the_classes_of_import_render_and_report_in_an_archive_of_their_own(
      @TempDir Path dir) throws Exception {
    // GIVEN an empty cache, a plan rendered as a .docx, and a class-loading log kept in a file
    Path cache = dir.resolve("cache");
    Path docx = dir.resolve("mac-107.docx");
    Path log = dir.resolve("class-load.log");
    Map<String, String> environment = environment(cache);
    environment.put("KPI4J_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    // WHEN the launcher renders it, validates a plan, then imports the document
    Run render =
        run(
            launcherCommand("render", MAC, "--to", "docx", "-o", docx.toString()),
            environment,
            null);
    Run validate = run(launcherCommand("validate", MAC), environment, null);
    Run imported = run(launcherCommand("import", docx.toString()), environment, null);
    // THEN it made two archives, one for each set of commands
    assertThat(render.status()).as(render.err()).isZero();
    assertThat(validate).isEqualTo(javaJar(new byte[0], "validate", MAC));
    assertThat(archives(cache))
        .map(archive -> archive.getFileName().toString())
        .satisfiesExactlyInAnyOrder(
            name -> assertThat(name).endsWith("-full" + ARCHIVE),
            name -> assertThat(name).endsWith("-base" + ARCHIVE));
    // AND the import, run after the first render made the full archive, loaded POI's classes
    // from it
    assertThat(imported).isEqualTo(javaJar(new byte[0], "import", docx.toString()));
    assertThat(Files.readAllLines(log))
        .filteredOn(line -> line.contains(" org.apache.poi.xwpf.usermodel.XWPFDocument "))
        .last()
        .asString()
        .endsWith("source: shared objects file");
  }

  @Test
  void should_leave_one_whole_archive_when_first_runs_race(@TempDir Path dir) throws Exception {
    // GIVEN an empty cache
    Path cache = dir.resolve("cache");
    // WHEN four first runs start at once
    List<CompletableFuture<Run>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(Processes.start(launcherCommand("validate", MAC), environment(cache)));
    }
    // THEN each printed what java -jar prints
    Run plain = javaJar(new byte[0], "validate", MAC);
    for (CompletableFuture<Run> run : runs) {
      assertThat(run.get()).isEqualTo(plain);
    }
    // AND one archive is left, no part of one, and a later run can map it (-Xshare:on fails the
    // JVM when it cannot)
    assertThat(files(cache)).hasSize(1).allMatch(file -> file.toString().endsWith(".jsa"));
    Run strict =
        run(
            List.of(
                Processes.java(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + archives(cache).get(0),
                "-jar",
                Processes.jar().toString(),
                "validate",
                MAC),
            Map.of(),
            new byte[0]);
    assertThat(strict).isEqualTo(plain);
  }

  @Test
  void should_run_plainly_and_silently_when_the_cache_cannot_be_written(@TempDir Path dir)
      throws Exception {
    // GIVEN a cache directory nobody may write to: a read-only folder, or, for a user whom
    // permissions do not stop (root), a folder on Linux's read-only /proc
    Path readOnly = Files.createDirectory(dir.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path cache = Files.isWritable(readOnly) ? Path.of("/proc/kpi4j-cache") : readOnly;
    // WHEN the launcher runs, twice
    Run plain = javaJar(new byte[0], "validate", MAC);
    Run first = run(launcherCommand("validate", MAC), environment(cache), new byte[0]);
    Run second = run(launcherCommand("validate", MAC), environment(cache), new byte[0]);
    // THEN both ran the command as java -jar does, without a word about the cache
    assertThat(first).isEqualTo(plain);
    assertThat(second).isEqualTo(plain);
    if (cache.equals(readOnly)) {
      assertThat(files(readOnly)).isEmpty();
    } else {
      assertThat(cache).doesNotExist();
    }
  }

  /** Makes {@code 計畫.json} from plan.json by its UTF-8 bytes, whatever this JVM's own locale. */
  private static final String CHINESE_NAME =
      "name=$(printf '\\350\\250\\210\\347\\225\\253.json') && cp plan.json \"$name\" && ";

  /** The environment of a machine with no locale set: Java then decodes file names as ASCII. */
  private static Map<String, String> withoutLocale(Map<String, String> environment) {
    environment.put("LANG", null);
    environment.put("LANGUAGE", null);
    environment.put("LC_ALL", null);
    environment.put("LC_CTYPE", null);
    return environment;
  }

  @Test
  void should_open_a_file_with_a_chinese_name_where_no_locale_is_set(@TempDir Path dir)
      throws Exception {
    // GIVEN a plan in a file named 計畫.json, and no locale in the environment
    Files.copy(Path.of(MAC), dir.resolve("plan.json"));
    String script = CHINESE_NAME + "exec \"$0\" validate \"$name\"";
    // WHEN the launcher validates it
    Run run =
        run(
            List.of("sh", "-c", script, Processes.launcher().toString()),
            withoutLocale(environment(sharedCache)),
            dir,
            new byte[0]);
    // THEN the file is read under its name
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("計畫.json: valid");
  }

  @Test
  void should_tell_java_jar_users_which_locale_a_chinese_file_name_needs(@TempDir Path dir)
      throws Exception {
    // GIVEN the same file and environment, and java -jar, which cannot choose its locale
    Files.copy(Path.of(MAC), dir.resolve("plan.json"));
    String script = CHINESE_NAME + "exec \"$0\" -jar \"$1\" validate \"$name\"";
    // WHEN it validates the file
    Run run =
        run(
            List.of("sh", "-c", script, Processes.java(), Processes.jar().toString()),
            withoutLocale(new HashMap<>()),
            dir,
            new byte[0]);
    // THEN exit 2, and the message says what to do
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("cannot be read: the name holds characters that the system's encoding")
        .contains("run kpi4j with a UTF-8 locale, such as LC_ALL=C.UTF-8")
        .doesNotContain("\tat ");
  }

  @Test
  void should_run_without_home_or_any_cache_directory() throws Exception {
    // GIVEN an environment with no HOME, no XDG_CACHE_HOME and no KPI4J_CACHE_DIR
    Map<String, String> environment = environment(sharedCache);
    environment.put("KPI4J_CACHE_DIR", null);
    environment.put("XDG_CACHE_HOME", null);
    environment.put("HOME", null);
    // WHEN the launcher validates a plan and evaluates a formula
    // THEN it does what java -jar does
    assertThat(run(launcherCommand("validate", MAC), environment, new byte[0]))
        .isEqualTo(javaJar(new byte[0], "validate", MAC));
    assertThat(run(launcherCommand("formula", "1+1", "--format", "json"), environment, new byte[0]))
        .isEqualTo(javaJar(new byte[0], "formula", "1+1", "--format", "json"));
  }

  @Test
  void should_find_its_jar_when_run_through_a_link_on_the_path(@TempDir Path dir) throws Exception {
    // GIVEN a folder on PATH holding only a link to the launcher
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("kpi4j"), Processes.launcher().toAbsolutePath());
    Map<String, String> environment = environment(sharedCache);
    environment.put("PATH", bin + ":" + System.getenv("PATH"));
    // WHEN the user types kpi4j
    Run run = run(List.of("sh", "-c", "kpi4j \"$@\"", "kpi4j", "validate", MAC), environment, null);
    // THEN the linked launcher ran the jar beside it
    assertThat(run).isEqualTo(javaJar(new byte[0], "validate", MAC));
    Files.delete(bin.resolve("kpi4j"));
  }

  @Test
  void should_ignore_an_archive_it_cannot_use(@TempDir Path dir) throws Exception {
    // GIVEN a cache whose archive, under the name the launcher gives it, is not one
    Path cache = Files.createDirectory(dir.resolve("cache"));
    Files.copy(
        archives(sharedCache).get(0), cache.resolve(archives(sharedCache).get(0).getFileName()));
    Path archive = archives(cache).get(0);
    archive.toFile().setWritable(true);
    Files.write(archive, "not an archive".repeat(1000).getBytes(StandardCharsets.US_ASCII));
    // WHEN the launcher runs
    Run run = run(launcherCommand("validate", MAC), environment(cache), new byte[0]);
    // THEN it ran the command as java -jar does, without a word about the archive
    assertThat(run).isEqualTo(javaJar(new byte[0], "validate", MAC));
  }

  private static Run launcher(Path cache, String... args) throws Exception {
    return run(launcherCommand(args), environment(cache), new byte[0]);
  }

  private static Run javaJar(byte[] stdin, String... args) throws Exception {
    return javaJar(Processes.java(), stdin, args);
  }

  private static Run javaJar(String java, byte[] stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(java, "-jar", Processes.jar().toString()));
    command.addAll(Arrays.asList(args));
    return run(command, Map.of(), stdin);
  }

  private static Run run(List<String> command, Map<String, String> environment, byte[] stdin)
      throws Exception {
    return run(command, environment, Path.of("."), stdin);
  }

  private static Run run(
      List<String> command, Map<String, String> environment, Path directory, byte[] stdin)
      throws Exception {
    return Processes.run(command, environment, directory, stdin == null ? new byte[0] : stdin);
  }

  private static List<String> launcherCommand(String... args) {
    assertThat(Processes.launcher()).as("the launcher built beside the jar").isExecutable();
    List<String> command = new ArrayList<>(List.of(Processes.launcher().toString()));
    command.addAll(Arrays.asList(args));
    return command;
  }

  /** The test JVM's Java, the given cache, and nothing else of the launcher's settings. */
  private static Map<String, String> environment(Path cache) {
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("KPI4J_CACHE_DIR", cache.toString());
    environment.put("KPI4J_JAVA_OPTS", null);
    environment.put("KPI4J_CDS", null);
    return environment;
  }

  private static List<Path> archives(Path cache) throws IOException {
    return files(cache).stream()
        .filter(file -> file.toString().endsWith(".jsa") || file.toString().endsWith(".aot"))
        .toList();
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }
}
