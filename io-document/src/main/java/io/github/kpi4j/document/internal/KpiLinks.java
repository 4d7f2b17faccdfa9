package io.github.kpi4j.document.internal;

import io.github.kpi4j.model.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a 與KPI關聯 cell into KPI references. Names themselves hold {@code 、} and {@code ，}, so the
 * cell is not split at every {@code 、}: at each place the longest KPI name of the plan that starts
 * there and ends at a separator or at the end wins; text that starts no name runs to the next
 * {@code 、} and is kept as printed. Names are compared as {@link Names} does (NFKC, white space
 * ignored), through a trie, so a cell costs time proportional to its length times the longest name,
 * whatever the number of KPIs.
 */
final class KpiLinks {
  /**
   * A reference as printed.
   *
   * @param printed its text as the cell prints it
   * @param matched whether it is the name of a KPI of the plan
   */
  record Link(String printed, boolean matched) {}

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    boolean end;
  }

  private final Node root = new Node();

  KpiLinks(List<String> names) {
    for (String name : names) {
      String normal = Names.normalise(name);
      if (normal.isEmpty()) {
        continue;
      }
      Node node = root;
      for (int i = 0; i < normal.length(); i++) {
        node = node.next.computeIfAbsent(normal.charAt(i), c -> new Node());
      }
      node.end = true;
    }
  }

  private static boolean separatesNames(char c) {
    return c == '、' || c == ',' || c == ';';
  }

  private static boolean separatesText(char c) {
    return c == '、' || c == ';';
  }

  List<Link> split(String text) {
    // The cell in normal form, each normal character mapped back to its printed place.
    StringBuilder normal = new StringBuilder();
    List<Integer> from = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      String n = Names.normalise(new String(Character.toChars(cp)));
      for (int k = 0; k < n.length(); k++) {
        normal.append(n.charAt(k));
        from.add(i);
        to.add(next);
      }
      i = next;
    }
    List<Link> links = new ArrayList<>();
    int p = 0;
    int length = normal.length();
    while (p < length) {
      int end = -1;
      Node node = root;
      for (int q = p; q < length && node != null; q++) {
        node = node.next.get(normal.charAt(q));
        if (node != null && node.end && (q + 1 == length || separatesNames(normal.charAt(q + 1)))) {
          end = q + 1;
        }
      }
      boolean matched = end > 0;
      if (!matched && separatesNames(normal.charAt(p))) {
        p++;
        continue;
      }
      if (!matched) {
        end = p;
        while (end < length && !separatesText(normal.charAt(end))) {
          end++;
        }
      }
      String printed = text.substring(from.get(p), to.get(end - 1)).strip();
      if (!printed.isEmpty()) {
        links.add(new Link(printed, matched));
      }
      p = end;
    }
    return links;
  }
}
