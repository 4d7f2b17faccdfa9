package io.github.kpi4j.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the tests find their documents: this module's test resources and the shipped examples. */
final class TestDocuments {
  static final Path RESOURCES = Path.of("src/test/resources/io/github/kpi4j/json");
  static final Path GOOD = RESOURCES.resolve("good");
  static final Path BAD = RESOURCES.resolve("bad");
  static final Path GOLDEN = RESOURCES.resolve("golden");

  /** The transcribed seed plans, read from the source tree: tests never reach outside the repo. */
  static final Path EXAMPLES = Path.of("../examples/plans");

  private TestDocuments() {}

  /**
   * @return the example documents of a format, this module's own and the shipped ones
   */
  static List<Path> examples(DocumentFormat format) {
    return Stream.concat(list(GOOD), list(EXAMPLES))
        .filter(file -> file.toString().endsWith(".json"))
        .filter(file -> formatOf(file).equals(format.id()))
        .sorted()
        .collect(Collectors.toList());
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String formatOf(Path file) {
    return read(file).contains("\"format\": \"kpi-results/1\"") ? "kpi-results/1" : "kpi-plan/1";
  }

  private static Stream<Path> list(Path directory) {
    if (!Files.isDirectory(directory)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.collect(Collectors.toList()).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
