package io.github.kpi4j.formulas;

/**
 * Every problem a formula can have, each a text in both files of {@link ProblemTexts}; code raises
 * problems only by these constants, so a test over them covers every text.
 */
enum Problem {
  TOO_LONG("too-long"),
  EMPTY("empty"),
  EMPTY_BETWEEN_EQUALS("equals.empty"),
  NO_PRINTED_VALUE("equals.no-value"),
  NO_DIGIT_AFTER_DECIMAL_POINT("decimal-point.no-digit-after"),
  NO_DIGIT_BEFORE_DECIMAL_POINT("decimal-point.no-digit-before"),
  NUMBER_TOO_LARGE("number.too-large"),
  UNEXPECTED_CHARACTER("character.unexpected"),
  UNEXPECTED_CHARACTER_SUGGESTION("character.unexpected.suggestion"),
  UNEXPECTED_COMMA("character.unexpected.comma"),
  MISSING_OPERATOR("operator.missing"),
  VARIABLES_SIDE_BY_SIDE("variables.side-by-side"),
  BAD_START("start"),
  OPERAND_EXPECTED("operand.expected"),
  UNEXPECTED_END("end.unexpected"),
  MISPLACED_PERCENT("percent.misplaced"),
  MISPLACED_PERCENT_AFTER("percent.misplaced.after"),
  EMPTY_BRACKETS("bracket.empty"),
  NO_BRACKET_OPEN("bracket.not-open"),
  MISMATCHED_BRACKETS("bracket.mismatched"),
  BRACKET_NEVER_CLOSED("bracket.never-closed"),
  BRACKETS_TOO_DEEP("bracket.too-deep"),
  INTERNAL("internal"),
  MISSING_VALUE("missing"),
  MISSING_VALUES("missing.others"),
  AMBIGUOUS_VALUE("ambiguous"),
  VALUE_NAN("value.nan"),
  VALUE_POSITIVE_INFINITY("value.positive-infinity"),
  VALUE_NEGATIVE_INFINITY("value.negative-infinity"),
  NO_VALUES_EXPECTED("arity.none"),
  ONE_VALUE_EXPECTED("arity.one"),
  VALUES_EXPECTED("arity.many"),
  DIVISION_BY_ZERO("division-by-zero"),
  RESULT_OVERFLOWS("result.overflows"),
  RESULT_NOT_REAL("result.not-real"),
  TWO_FORMULAS("standard.two-formulas");

  private final String key;

  Problem(String key) {
    this.key = key;
  }

  /**
   * @return the key of its text in the files of {@link ProblemTexts}
   */
  String key() {
    return key;
  }
}
