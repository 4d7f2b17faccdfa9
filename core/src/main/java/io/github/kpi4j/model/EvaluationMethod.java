package io.github.kpi4j.model;

import java.util.List;
import java.util.Optional;

/** The evaluation method (評估方式) of a KPI: how its actual value is obtained. */
public enum EvaluationMethod implements Vocabulary {
  /** 統計數據: statistical data. */
  STATISTICAL_DATA("statistical-data", "統計數據"),
  /** 問卷調查: a survey. */
  SURVEY("survey", "問卷調查"),
  /** 完成工作項目: milestones completed. */
  MILESTONES("milestones", "完成工作項目"),
  /** 其他 (also printed 其它): other. */
  OTHER("other", "其他", "其它");

  /**
   * {@link #values()} once: each call of it copies the array, and documents look up a value per
   * KPI.
   */
  private static final EvaluationMethod[] ALL = values();

  private final String code;
  private final List<String> labels;

  EvaluationMethod(String code, String... labels) {
    this.code = code;
    this.labels = List.of(labels);
  }

  /**
   * @return the code of the interchange format, such as {@code statistical-data}
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * @return every Chinese label plans print for it, the usual one first
   */
  @Override
  public List<String> labels() {
    return labels;
  }

  /**
   * @return the usual Chinese label
   */
  public String label() {
    return labels.get(0);
  }

  /**
   * Reads a code or any Chinese label the plans print, ignoring surrounding spaces.
   *
   * @param text a code or a label
   * @return the method, or empty if the text is neither
   */
  public static Optional<EvaluationMethod> fromText(String text) {
    return Vocabulary.find(ALL, text);
  }
}
