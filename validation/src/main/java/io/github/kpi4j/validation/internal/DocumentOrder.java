package io.github.kpi4j.validation.internal;

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

  /*
   * The pointers are compared segment by segment where they stand, without splitting them into
   * lists: a validation sorts every finding it makes. Only property names that differ are copied
   * out, to undo their escapes.
   */
  @Override
  public int compare(String a, String b) {
    // Both start at their first segment's first character ("" is the whole document: no segment).
    int i = a.isEmpty() ? -1 : 1;
    int j = b.isEmpty() ? -1 : 1;
    while (i >= 0 && j >= 0) {
      int endA = end(a, i);
      int endB = end(b, j);
      int c = compareSegments(a, i, endA, b, j, endB);
      if (c != 0) {
        return c;
      }
      i = endA < a.length() ? endA + 1 : -1;
      j = endB < b.length() ? endB + 1 : -1;
    }
    // The one with segments left is inside the other: the shorter comes first.
    return Boolean.compare(i >= 0, j >= 0);
  }

  private static int end(String pointer, int from) {
    int slash = pointer.indexOf('/', from);
    return slash < 0 ? pointer.length() : slash;
  }

  private static int compareSegments(String a, int i, int endA, String b, int j, int endB) {
    if (endA - i == endB - j && a.regionMatches(i, b, j, endA - i)) {
      return 0; // the same text: the same index or the same name
    }
    boolean aIndex = isIndex(a, i, endA);
    boolean bIndex = isIndex(b, j, endB);
    if (aIndex && bIndex) {
      // Without leading zeros, the longer number is the larger; of equal length, the first digit
      // that differs decides.
      int c = Integer.compare(endA - i, endB - j);
      for (int k = 0; c == 0 && k < endA - i; k++) {
        c = Character.compare(a.charAt(i + k), b.charAt(j + k));
      }
      return c;
    }
    if (aIndex != bIndex) {
      return aIndex ? -1 : 1;
    }
    String left = unescape(a, i, endA);
    String right = unescape(b, j, endB);
    int ra = rank(left);
    int rb = rank(right);
    return ra != rb ? Integer.compare(ra, rb) : left.compareTo(right);
  }

  private static int rank(String property) {
    int rank = PROPERTIES.indexOf(property);
    return rank < 0 ? PROPERTIES.size() : rank;
  }

  /** An array index: digits without a leading zero (but "0" itself). */
  private static boolean isIndex(String pointer, int from, int to) {
    if (from == to || (to - from > 1 && pointer.charAt(from) == '0')) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = pointer.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A segment's property name, with JSON Pointer's escapes ~1 and ~0 undone. */
  private static String unescape(String pointer, int from, int to) {
    String raw = pointer.substring(from, to);
    return raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
  }
}
