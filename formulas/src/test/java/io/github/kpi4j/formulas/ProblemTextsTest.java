package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every problem a formula can have has an English and a Traditional Chinese text. */
class ProblemTextsTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  /** Keys that are not problems: how a position is stated, how a list is joined. */
  private static final Set<String> FRAME = Set.of("at", "list.separator");

  private static final ProblemTexts ENGLISH = ProblemTexts.of(Locale.ENGLISH);
  private static final ProblemTexts CHINESE = ProblemTexts.of(Locale.TAIWAN);

  @Test
  void should_have_both_texts_for_every_problem_and_no_others() {
    // GIVEN the problems the code can raise
    Set<String> keys = new TreeSet<>(FRAME);
    for (Problem problem : Problem.values()) {
      keys.add(problem.key());
    }

    // WHEN / THEN each language has exactly their texts
    assertThat(new TreeSet<>(ENGLISH.keys())).isEqualTo(keys);
    assertThat(new TreeSet<>(CHINESE.keys())).isEqualTo(keys);
  }

  @Test
  void should_write_the_chinese_texts_without_english() {
    for (String key : CHINESE.keys()) {
      // GIVEN a Chinese text without its placeholders, and the product's name
      String words = PLACEHOLDER.matcher(CHINESE.pattern(key)).replaceAll("").replace("kpi4j", "");

      // WHEN / THEN no Latin letter is left, and some Chinese is there
      assertThat(words).as(key).doesNotContainPattern("[A-Za-z]");
      if (!key.equals("list.separator")) {
        assertThat(
                words
                    .codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
            .as(key)
            .isTrue();
      }
    }
  }

  @Test
  void should_use_the_same_placeholders_in_both_languages() {
    for (String key : ENGLISH.keys()) {
      // GIVEN / WHEN
      Set<Integer> english = placeholders(ENGLISH.pattern(key));
      Set<Integer> chinese = placeholders(CHINESE.pattern(key));

      // THEN the same, except that the Chinese text of an internal error leaves out the
      // developers' detail, which is English
      if (key.equals(Problem.INTERNAL.key())) {
        assertThat(english).containsAll(chinese);
      } else {
        assertThat(chinese).as(key).isEqualTo(english);
      }
    }
  }

  @Test
  void should_raise_every_problem_with_its_texts() {
    // GIVEN a formula and values that raise each problem (an internal error aside: it is a bug)
    Map<String, double[]> cases = new LinkedHashMap<>();
    cases.put("1+".repeat(Formula.MAX_LENGTH), null);
    cases.put(" ", null);
    cases.put("1==3", null);
    cases.put("甲·乙", null);
    cases.put("1,00", null);
    cases.put("1=", null);
    cases.put("1.", null);
    cases.put(".5", null);
    cases.put("9".repeat(400), null);
    cases.put("1、2", null);
    cases.put("1 2", null);
    cases.put("甲 乙", null);
    cases.put("×2", null);
    cases.put("1+×2", null);
    cases.put("1+", null);
    cases.put("%", null);
    cases.put("甲%", null);
    cases.put("()", null);
    cases.put("1)", null);
    cases.put("(1]", null);
    cases.put("(1", null);
    cases.put("(".repeat(Formula.MAX_DEPTH + 1) + "1" + ")".repeat(Formula.MAX_DEPTH + 1), null);
    cases.put("甲+乙", new double[0]);
    cases.put("甲", new double[] {Double.NaN});
    cases.put("甲*1", new double[] {Double.POSITIVE_INFINITY});
    cases.put("甲*2", new double[] {Double.NEGATIVE_INFINITY});
    cases.put("1", new double[] {1});
    cases.put("甲*3", new double[] {1, 2});
    cases.put("1/甲", new double[] {0});
    cases.put("10^甲", new double[] {400});
    cases.put("(0-8)^甲", new double[] {0.5});
    Set<Problem> raised = EnumSet.noneOf(Problem.class);

    for (Map.Entry<String, double[]> c : cases.entrySet()) {
      // WHEN
      FormulaException e = raise(c.getKey(), c.getValue());

      // THEN its texts are there, and the Chinese one is not the English one
      raised.add(problem(e));
      assertThat(e.problem(Locale.TAIWAN)).as(c.getKey()).isNotBlank().isNotEqualTo(e.problem());
      assertThat(e.message(Locale.TAIWAN)).startsWith(e.problem(Locale.TAIWAN));
    }
    // AND by name: missing values, one or more, and two spellings that disagree
    raised.add(problem(raise("甲+乙", Map.of("甲", 1))));
    raised.add(problem(raise("甲+乙", Map.of())));
    raised.add(problem(raise("A", Map.of("Ａ", 1, "𝐀", 2))));
    // AND a measurement standard with two readings
    FormulaException two =
        catchThrowableOfType(
            FormulaException.class, () -> MeasurementStandards.find("（1）甲÷乙（2）丙÷丁"));
    assertThat(two.problem(Locale.TAIWAN)).isNotEqualTo(two.problem());
    raised.add(problem(two));

    assertThat(raised).isEqualTo(EnumSet.complementOf(EnumSet.of(Problem.INTERNAL)));
  }

  @Test
  void should_keep_the_developers_detail_of_an_internal_error_out_of_the_chinese_text() {
    // GIVEN / WHEN
    FormulaException e =
        FormulaException.of(
            FormulaException.Kind.SYNTAX, "1", -1, null, Problem.INTERNAL, "exp4j said so");

    // THEN
    assertThat(e.problem()).isEqualTo("kpi4j could not compile the formula (a bug): exp4j said so");
    assertThat(e.problem(Locale.TAIWAN)).isEqualTo("kpi4j 無法編譯此公式（這是 kpi4j 的程式錯誤，敬請回報）");
  }

  @Test
  void should_join_a_list_with_the_separator_of_each_language() {
    // GIVEN / WHEN
    FormulaException e = raise("甲+乙*丙", new double[] {1});

    // THEN
    assertThat(e.problem()).isEqualTo("expected 3 values (for 甲, 乙, 丙) but got 1");
    assertThat(e.problem(Locale.TAIWAN)).isEqualTo("應給 3 個值（甲、乙、丙），卻給了 1 個");
  }

  private static FormulaException raise(String text, double[] values) {
    FormulaException e =
        catchThrowableOfType(
            FormulaException.class,
            () -> {
              Formula formula = Formula.compile(text);
              formula.evaluate(values == null ? new double[formula.variables().size()] : values);
            });
    assertThat(e).as("%s with %s", text, Arrays.toString(values)).isNotNull();
    return e;
  }

  private static FormulaException raise(String text, Map<String, Number> values) {
    FormulaException e =
        catchThrowableOfType(FormulaException.class, () -> Formula.compile(text).evaluate(values));
    assertThat(e).as("%s with %s", text, values).isNotNull();
    return e;
  }

  private static Problem problem(FormulaException e) {
    return Arrays.stream(Problem.values())
        .filter(p -> p.key().equals(e.key()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem for " + e.getMessage()));
  }

  private static Set<Integer> placeholders(String pattern) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    return m.results().map(r -> Integer.parseInt(r.group(1))).collect(Collectors.toSet());
  }
}
