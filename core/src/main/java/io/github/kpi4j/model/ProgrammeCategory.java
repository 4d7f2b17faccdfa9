package io.github.kpi4j.model;

import java.util.List;
import java.util.Optional;

/** The category (計畫類別) of an important programme. */
public enum ProgrammeCategory implements Vocabulary {
  /** 公共建設: public construction. */
  PUBLIC_CONSTRUCTION("public-construction", "公共建設"),
  /** 科技發展: science and technology. */
  SCIENCE_TECHNOLOGY("science-technology", "科技發展"),
  /** 社會發展: social development. */
  SOCIAL_DEVELOPMENT("social-development", "社會發展"),
  /** 其它 (also printed 其他): other. */
  OTHER("other", "其它", "其他");

  /**
   * {@link #values()} once: each call of it copies the array, and documents look up a value per
   * programme.
   */
  private static final ProgrammeCategory[] ALL = values();

  private final String code;
  private final List<String> labels;

  ProgrammeCategory(String code, String... labels) {
    this.code = code;
    this.labels = List.of(labels);
  }

  /**
   * @return the code of the interchange format, such as {@code public-construction}
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
   * @return the category, or empty if the text is neither
   */
  public static Optional<ProgrammeCategory> fromText(String text) {
    return Vocabulary.find(ALL, text);
  }
}
