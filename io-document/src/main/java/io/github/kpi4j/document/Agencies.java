package io.github.kpi4j.document;

import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies of the Executive Yuan (行政院所屬機關) that kpi4j knows, with their codes: a plan document
 * names its agency but not its code. The table follows the Organic Act of the Executive Yuan
 * (行政院組織法, articles 3–9) and keeps the agencies it replaced, whose earlier plans are still read;
 * the module's README lists it with its source. Agencies it does not know (local governments,
 * third-level agencies) are named with an agency code when importing.
 */
public final class Agencies {
  private static final List<Agency> ALL;
  private static final Map<String, Agency> BY_CODE = new LinkedHashMap<>();
  private static final Map<String, Agency> BY_NAME = new LinkedHashMap<>();

  static {
    List<Agency> all = new ArrayList<>();
    try (InputStream in =
            Agencies.class.getResourceAsStream("/io/github/kpi4j/document/internal/agencies.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        Agency agency =
            Agency.builder().code(fields[0]).name(fields[1]).englishName(fields[2]).build();
        all.add(agency);
        BY_CODE.put(fields[0].toUpperCase(Locale.ROOT), agency);
        BY_NAME.put(Names.normalise(fields[1]), agency);
        if (fields.length > 3 && !fields[3].isBlank()) {
          for (String alias : fields[3].split(",")) {
            BY_NAME.putIfAbsent(Names.normalise(alias), agency);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ALL = List.copyOf(all);
  }

  private Agencies() {}

  /**
   * @return every agency of the table, in the order of the Organic Act, then the replaced ones
   */
  public static List<Agency> all() {
    return ALL;
  }

  /**
   * @param code a code such as {@code MAC}, in any case
   * @return the agency with that code
   */
  public static Optional<Agency> byCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * @param name a name as printed, such as {@code 大陸委員會}, or a short name such as {@code 陸委會};
   *     compared as {@link Names} describes
   * @return the agency of that name
   */
  public static Optional<Agency> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(Names.normalise(name)));
  }

  /**
   * Finds the agency a text names: the first of the table's names and short names to appear in it,
   * longest names first (so that 行政院大陸委員會 is found before 大陸委員會), compared as {@link Names}
   * describes.
   *
   * @param text a text, such as a plan's preamble
   * @return the agency named, or empty if the text names none the table knows
   */
  public static Optional<Agency> mentionedIn(String text) {
    String normal = Names.normalise(text);
    Agency found = null;
    int foundAt = Integer.MAX_VALUE;
    int foundLength = 0;
    for (Map.Entry<String, Agency> name : BY_NAME.entrySet()) {
      int at = normal.indexOf(name.getKey());
      if (at >= 0 && (at < foundAt || (at == foundAt && name.getKey().length() > foundLength))) {
        found = name.getValue();
        foundAt = at;
        foundLength = name.getKey().length();
      }
    }
    return Optional.ofNullable(found);
  }
}
