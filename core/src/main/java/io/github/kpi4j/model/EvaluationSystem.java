package io.github.kpi4j.model;

import io.github.kpi4j.internal.Assert;

/**
 * The evaluation system (評估體制) of a KPI: who carries out the evaluation, with the codes and
 * meanings of the note every plan prints under its KPI table.
 */
public enum EvaluationSystem {
  /** 1: the existing organisation. */
  EXISTING_ORGANISATION(1, "指實際評估作業係運用既有之組織架構進行。", "Evaluated by the existing organisation."),
  /** 2: a dedicated task force. */
  TASK_FORCE(2, "指實際評估作業係由特定之任務編組進行。", "Evaluated by a dedicated task force."),
  /** 3: a third party, such as experts and scholars. */
  THIRD_PARTY(
      3, "指實際評估作業係透過第三者方式（如由專家學者）進行。", "Evaluated by a third party, such as experts and scholars."),
  /** 4: the existing organisation together with a third party. */
  ORGANISATION_WITH_THIRD_PARTY(
      4,
      "指實際評估作業係運用既有之組織架構並邀請第三者共同參與進行。",
      "Evaluated by the existing organisation with a third party taking part."),
  /** 5: other. */
  OTHER(5, "其它。", "Other.");

  /**
   * {@link #values()} once: each call of it copies the array, and documents look up a value per
   * KPI.
   */
  private static final EvaluationSystem[] BY_CODE = values();

  private final int code;
  private final String chinese;
  private final String english;

  EvaluationSystem(int code, String chinese, String english) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * @return the code printed in the KPI table, 1 to 5
   */
  public int code() {
    return code;
  }

  /**
   * @return the meaning as the plans' note prints it
   */
  public String chineseMeaning() {
    return chinese;
  }

  /**
   * @return the meaning in English
   */
  public String englishMeaning() {
    return english;
  }

  /**
   * @param code a code printed in a KPI table
   * @return the evaluation system with that code
   * @throws IllegalArgumentException if the code is not 1 to 5
   */
  public static EvaluationSystem ofCode(int code) {
    Assert.isTrue(
        code >= 1 && code <= 5, "Kpi.evaluationSystem must be a code 1–5 (評估體制), got %d", code);
    return BY_CODE[code - 1];
  }
}
