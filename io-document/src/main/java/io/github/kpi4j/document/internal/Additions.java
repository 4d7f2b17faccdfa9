package io.github.kpi4j.document.internal;

import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.YearTarget;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the printed layout shows the additions of the plan format, written by {@link PlanLayout} and
 * read by {@link PlanReader} from the same patterns, so that the two cannot drift apart:
 *
 * <ul>
 *   <li>a goal's marks after its title, in section 壹 and in the KPI table's goal cell: {@code
 *       （共同性目標）} for a common goal, {@code （25%）} for its weight (as 臺中市政府經濟發展局 103 prints weights
 *       after goal titles);
 *   <li>the KPI number cell: the number, {@code （6%）} for the weight, {@code 核心KPI} for a core KPI;
 *   <li>the 年度目標值 cell: the target, then one line for each item ({@code （1）measure：20篇}), each
 *       milestone ({@code 1.step（25%）}), each other year's target ({@code 108年：2,100次}) and the
 *       baseline ({@code 基準值（106年）：1,200次});
 *   <li>a ladder printed as the measurement standard ({@code 1.完成專業規劃委託服務(25%)2.完成土地規劃(50%)…}) of a
 *       KPI evaluated by 完成工作項目 is its milestones.
 * </ul>
 */
final class Additions {
  static final String COMMON = "共同性目標";
  static final String CORE = "核心KPI";

  /** White space within a line: a line break is not a space between the parts of an entry. */
  private static final String SPACE = "[^\\S\\n]*";

  /** A percent in brackets, after a title or a name: {@code （25%）}, {@code (權重：6%)}. */
  private static final String WEIGHT =
      // At most three digits and twenty decimals: a weight past what a plan can print stays text,
      // rather than reaching the model's limits as an exception.
      "[（(](?:權重[:：]?)?\\s*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,20})?)\\s*[%％][）)]";

  private static final Pattern GOAL_MARKS =
      Pattern.compile(
          "^(.*?)\\s*([（(]" + COMMON + "[）)])?\\s*(?:" + WEIGHT + ")?\\s*$", Pattern.DOTALL);

  private static final Pattern NAME_WEIGHT =
      Pattern.compile("^(.*?\\S)\\s*" + WEIGHT + "\\s*$", Pattern.DOTALL);

  // DOTALL: an item, a step, a target may print lines of its own (line breaks in its entry). The
  // space between the parts of an entry is white space but a line break (SPACE), so that a line of
  // the entry's own is never read as part of its numbering or label.
  private static final Pattern ITEM =
      Pattern.compile("^[（(]([0-9０-９]{1,3})[）)](.*)$", Pattern.DOTALL);

  private static final Pattern MILESTONE =
      Pattern.compile(
          "^([0-9０-９]{1,3})[.．]"
              + SPACE
              + "(.+?)"
              + SPACE
              + "[（(]([0-9０-９]+(?:[.．][0-9０-９]+)?"
              + SPACE
              + "[%％])[）)]$",
          Pattern.DOTALL);

  private static final Pattern YEAR_TARGET =
      Pattern.compile("^([0-9０-９]{1,4})" + SPACE + "年[:：]" + SPACE + "(.*)$", Pattern.DOTALL);

  private static final Pattern BASELINE =
      Pattern.compile(
          "^基準值"
              + SPACE
              + "(?:[（(]([0-9０-９]{1,4})"
              + SPACE
              + "年[）)])?"
              + SPACE
              + "[:：]"
              + SPACE
              + "(.*)$",
          Pattern.DOTALL);

  /** One step of a ladder in a measurement standard: {@code 完成土地規劃(50%)}, {@code 工程完工75%}. */
  private static final Pattern STEP =
      Pattern.compile("^(.+?)\\s*[（(]?([0-9０-９]+(?:[.．][0-9０-９]+)?\\s*[%％])[）)]?$", Pattern.DOTALL);

  private Additions() {}

  // ---------------------------------------------------------------- goals

  /**
   * @param goal a goal
   * @return its title as section 壹 and the KPI table print it, with its marks
   */
  static String goalHeading(Goal goal) {
    StringBuilder out = new StringBuilder(goal.title());
    if (goal.common()) {
      out.append('（').append(COMMON).append('）');
    }
    goal.weight().ifPresent(w -> out.append('（').append(w.toPlainString()).append("%）"));
    return out.toString();
  }

  /**
   * A goal title as printed, its marks taken off.
   *
   * @param title the goal's title
   * @param common whether it is marked common
   * @param weight its weight, where printed
   */
  record GoalMarks(String title, boolean common, Optional<BigDecimal> weight) {
    static GoalMarks of(String printed) {
      Matcher m = GOAL_MARKS.matcher(printed);
      if (!m.matches() || m.group(1).isBlank()) {
        return new GoalMarks(printed, false, Optional.empty());
      }
      return new GoalMarks(
          m.group(1), m.group(2) != null, Optional.ofNullable(m.group(3)).map(Additions::decimal));
    }
  }

  // ---------------------------------------------------------------- KPIs

  /**
   * @param kpi a KPI
   * @return the lines of its number cell: the number, its weight, its core mark
   */
  static List<String> kpiNumberLines(Kpi kpi) {
    List<String> lines = new ArrayList<>();
    lines.add(Integer.toString(kpi.number()));
    kpi.weight().ifPresent(w -> lines.add("（" + w.toPlainString() + "%）"));
    if (kpi.core()) {
      lines.add(CORE);
    }
    return lines;
  }

  /**
   * A KPI name with a weight printed after it ({@code 推展會展活動(6%)}), as local plans print it.
   *
   * @param printed the name as printed
   * @return the name without the weight, and the weight; empty if none is printed
   */
  static Optional<String[]> nameWeight(String printed) {
    Matcher m = NAME_WEIGHT.matcher(printed);
    return m.matches()
        ? Optional.of(new String[] {m.group(1), Texts.nfkc(m.group(2))})
        : Optional.empty();
  }

  /**
   * @param kpi a KPI
   * @return the lines of its 年度目標值 cell: its target, then its items, the milestones its standard
   *     does not print, other years' targets and its baseline
   */
  static List<String> targetLines(Kpi kpi) {
    List<String> lines = new ArrayList<>();
    kpi.target().ifPresent(t -> lines.add(t.text()));
    for (KpiItem item : kpi.items()) {
      lines.add(
          "（"
              + item.number()
              + "）"
              + item.text()
              + "："
              + item.target().map(t -> t.text()).orElse(""));
    }
    if (!printsLadder(kpi)) {
      for (Milestone milestone : kpi.milestones()) {
        lines.add(
            milestone.number() + "." + milestone.text() + "（" + milestone.progress().text() + "）");
      }
    }
    for (YearTarget target : kpi.targets()) {
      lines.add(target.rocYear() + "年：" + target.target().text());
    }
    kpi.baseline()
        .ifPresent(
            b ->
                lines.add(
                    "基準值"
                        + b.rocYear().map(y -> "（" + y + "年）").orElse("")
                        + "："
                        + b.value().text()));
    return lines;
  }

  /** Whether the KPI's measurement standard prints its milestones, as a ladder. */
  private static boolean printsLadder(Kpi kpi) {
    return !kpi.milestones().isEmpty()
        && kpi.evaluationMethod() == EvaluationMethod.MILESTONES
        && ladder(kpi.measurementStandard()).equals(kpi.milestones());
  }

  /** What a line of the 年度目標值 cell is, beside the target itself. */
  sealed interface TargetLine permits ItemLine, MilestoneLine, YearLine, BaselineLine {}

  /**
   * @param number the item's number
   * @param text the measure
   * @param target its target, empty where none is printed
   */
  record ItemLine(int number, String text, String target) implements TargetLine {}

  /**
   * @param number the step's number, as printed (0 is printed, and is no milestone's)
   * @param text the step
   * @param progress its progress
   */
  record MilestoneLine(int number, String text, String progress) implements TargetLine {
    /** The milestone, once its number is known to be a milestone's (1 or more). */
    Milestone milestone() {
      return Milestone.of(number, text, progress);
    }
  }

  /**
   * @param rocYear the year
   * @param target its target
   */
  record YearLine(int rocYear, String target) implements TargetLine {}

  /**
   * @param rocYear the year it was measured, where printed
   * @param value the value, empty where none is printed
   */
  record BaselineLine(Optional<Integer> rocYear, String value) implements TargetLine {
    /** The baseline, or empty where the line has no value or its year is none (0). */
    Optional<Baseline> baseline() {
      if (value.isEmpty() || rocYear.orElse(1) < 1) {
        return Optional.empty();
      }
      Baseline.Builder baseline = Baseline.builder().value(QuantityText.of(value));
      rocYear.ifPresent(baseline::rocYear);
      return Optional.of(baseline.build());
    }
  }

  /**
   * @param line a line of the 年度目標值 cell, stripped
   * @return what it is, or empty where it is (part of) the target
   */
  static Optional<TargetLine> targetLine(String line) {
    Matcher m = BASELINE.matcher(line);
    if (m.matches()) {
      return Optional.of(
          new BaselineLine(
              Optional.ofNullable(m.group(1)).map(y -> Texts.numeral(y).getAsInt()),
              m.group(2).strip()));
    }
    m = YEAR_TARGET.matcher(line);
    if (m.matches()) {
      return Optional.of(new YearLine(Texts.numeral(m.group(1)).getAsInt(), m.group(2).strip()));
    }
    m = ITEM.matcher(line);
    if (m.matches()) {
      String rest = m.group(2);
      int colon = Math.max(rest.lastIndexOf('：'), rest.lastIndexOf(':'));
      String text = colon < 0 ? rest : rest.substring(0, colon);
      String target = colon < 0 ? "" : rest.substring(colon + 1);
      return Optional.of(
          new ItemLine(Texts.numeral(m.group(1)).getAsInt(), text.strip(), target.strip()));
    }
    m = MILESTONE.matcher(line);
    if (m.matches()) {
      return Optional.of(
          new MilestoneLine(Texts.numeral(m.group(1)).getAsInt(), m.group(2), m.group(3)));
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- ladders

  /**
   * The ladder a measurement standard prints: steps numbered 1, 2, 3 … from its start, each ending
   * in its progress, on lines of their own or run together ({@code
   * 1.完成專業規劃委託服務(25%)2.完成土地規劃(50%)}).
   *
   * @param standard a measurement standard
   * @return its milestones, or none unless the whole standard is such a ladder
   */
  static List<Milestone> ladder(String standard) {
    String text = standard.strip();
    List<Milestone> steps = new ArrayList<>();
    int at = 0;
    for (int number = 1; at < text.length(); number++) {
      int body = marker(text, at, number);
      if (body < 0) {
        return List.of();
      }
      int end = text.length();
      // A marker is tried where its digits start, and the percent looked for just before it: each
      // character is looked at a bounded number of times, whatever the standard holds.
      for (int next = body; next < text.length(); next++) {
        if (!Character.isWhitespace(text.charAt(next))
            && marker(text, next, number + 1) > 0
            && endsInPercent(text, body, next)) {
          end = next;
          break;
        }
      }
      Matcher m = STEP.matcher(text.substring(body, end).strip());
      if (!m.matches()) {
        return List.of();
      }
      steps.add(Milestone.of(number, m.group(1).strip(), m.group(2)));
      at = end;
    }
    return steps;
  }

  /**
   * Where the text of step {@code number} starts, if its numbering ({@code 2.}) stands at {@code
   * at}.
   */
  private static int marker(String text, int at, int number) {
    int start = at;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start > 0 && Character.isDigit(text.charAt(start - 1))) {
      return -1;
    }
    // The digits of the number in either width, then 。-free numbering: 2. 2、 2．
    String digits = Integer.toString(number);
    int i = start;
    for (int d = 0; d < digits.length(); d++, i++) {
      if (i >= text.length() || digit(text.charAt(i)) != digits.charAt(d) - '0') {
        return -1;
      }
    }
    if (i >= text.length() || ".、．".indexOf(text.charAt(i)) < 0) {
      return -1;
    }
    return i + 1;
  }

  /** The value of an ASCII or full-width digit, or -1. */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= '０' && c <= '９' ? c - '０' : -1;
  }

  /** Whether {@code text[from, to)} ends in a percent, or a percent and a closing bracket. */
  private static boolean endsInPercent(String text, int from, int to) {
    int last = to - 1;
    while (last >= from && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (last < from) {
      return false;
    }
    char c = text.charAt(last);
    if (c == ')' || c == '）') {
      return last > from && isPercent(text.charAt(last - 1));
    }
    return isPercent(c);
  }

  private static boolean isPercent(char c) {
    return c == '%' || c == '％' || c == '﹪';
  }

  private static BigDecimal decimal(String printed) {
    return new BigDecimal(Texts.nfkc(printed));
  }
}
