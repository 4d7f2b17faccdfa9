package io.github.kpi4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of {@code benchmarks/cli.sh}'s many-plans case: parses each file named with Jackson
 * 3's {@code readTree}, in one JVM, the least a program does with a JSON document. {@code kpi4j
 * validate} of the same files reads, models and checks every plan rule besides.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.kpi4j.benchmarks.JacksonParseFiles FILE...
 * </pre>
 */
public final class JacksonParseFiles {
  private JacksonParseFiles() {}

  /**
   * Parses each file and prints how many documents and top-level properties it read, so that the
   * parse cannot be left out.
   *
   * @param files the JSON files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] files) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    long properties = 0;
    for (String file : files) {
      JsonNode node = mapper.readTree(Files.readAllBytes(Path.of(file)));
      properties += node.size();
    }
    System.out.println(files.length + " documents, " + properties + " top-level properties");
  }
}
