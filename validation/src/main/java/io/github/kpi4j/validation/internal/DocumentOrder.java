package io.github.kpi4j.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders JSON Pointers into a plan document as the values stand in it: array elements by index
 * (goal 2 before goal 10), properties in the order of the plan format's tables, a value before the
 * values inside it.
 */
final class DocumentOrder implements Comparator<String> {
  static final DocumentOrder INSTANCE = new DocumentOrder();

  /*
   * One list serves every object of the format: within each (plan, agency, goal, KPI, programme)
   * its properties appear here in the order the format lists them.
   */
  private static final List<String> PROPERTIES =
      List.of(
          "format",
          "agency",
          "code",
          "number",
          "name",
          "englishName",
          "level",
          "rocYear",
          "title",
          "common",
          "preamble",
          "goals",
          "strategies",
          "evaluationSystem",
          "evaluationMethod",
          "measurementStandard",
          "formula",
          "target",
          "direction",
          "weight",
          "midTermProgrammes",
          "core",
          "baseline",
          "value",
          "targets",
          "items",
          "text",
          "milestones",
          "progress",
          "workProgramme",
          "item",
          "category",
          "content",
          "kpis",
          "budget",
          "programmes");

  private DocumentOrder() {}

  @Override
  public int compare(String a, String b) {
    List<String> left = segments(a);
    List<String> right = segments(b);
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int c = compareSegments(left.get(i), right.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private static int compareSegments(String a, String b) {
    boolean aIndex = isIndex(a);
    boolean bIndex = isIndex(b);
    if (aIndex && bIndex) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (aIndex != bIndex) {
      return aIndex ? -1 : 1;
    }
    int ra = rank(a);
    int rb = rank(b);
    return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
  }

  private static int rank(String property) {
    int rank = PROPERTIES.indexOf(property);
    return rank < 0 ? PROPERTIES.size() : rank;
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty()
        && segment.chars().allMatch(c -> c >= '0' && c <= '9')
        && (segment.length() == 1 || segment.charAt(0) != '0');
  }

  private static List<String> segments(String pointer) {
    List<String> segments = new ArrayList<>();
    if (pointer.isEmpty()) {
      return segments;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return segments;
  }
}
