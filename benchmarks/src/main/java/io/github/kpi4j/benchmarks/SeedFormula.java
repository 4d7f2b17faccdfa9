package io.github.kpi4j.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three formulas of the MAC 107 plan, as the plan prints them for kpi4j and as a user of exp4j
 * or EvalEx would have to rewrite them: ASCII operators and names, and {@code ×100%} spelt out as
 * {@code *(100/100)} because both libraries read {@code %} as a remainder. The values are those of
 * the illustrative MAC 107 results.
 */
enum SeedFormula {
  /** KPI 5.1: the growth of youth exchanges; {@code ＝2%} is the printed target, not arithmetic. */
  MAC_5_1(
      "mac-5.1",
      "（當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次＝2%",
      "(cur-prev)/prev",
      List.of("當年度青年交流總人次", "前1年度青年交流總人次"),
      List.of("cur", "prev"),
      10450,
      10200),
  /** KPI 7.1: the execution rate of the capital budget. */
  MAC_7_1(
      "mac-7.1",
      "（本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%",
      "(spent+payable+surplus)/(budget)*(100/100)",
      List.of("本年度資本門實支數", "資本門應付未付數", "資本門賸餘數", "資本門預算數"),
      List.of("spent", "payable", "surplus", "budget"),
      44_500_000,
      1_000_000,
      500_000,
      50_000_000),
  /** KPI 7.2: how far the budget request exceeds the mid-term ceiling. */
  MAC_7_2(
      "mac-7.2",
      "【（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數】×100%",
      "((request-ceiling)/ceiling)*(100/100)",
      List.of("本年度歲出概算編報數", "本年度中程歲出概算額度核列數"),
      List.of("request", "ceiling"),
      824_000_000,
      800_000_000);

  private final String id;
  private final String printed;
  private final String ascii;
  private final List<String> names;
  private final List<String> asciiNames;
  private final double[] sampleValues;

  SeedFormula(
      String id,
      String printed,
      String ascii,
      List<String> names,
      List<String> asciiNames,
      double... values) {
    this.id = id;
    this.printed = printed;
    this.ascii = ascii;
    this.names = names;
    this.asciiNames = asciiNames;
    this.sampleValues = values;
  }

  /**
   * @return the id the benchmarks take as a parameter, such as {@code mac-7.1}
   */
  String id() {
    return id;
  }

  /**
   * @return the formula as the plan prints it
   */
  String printed() {
    return printed;
  }

  /**
   * @return the same arithmetic in the ASCII that exp4j and EvalEx read
   */
  String ascii() {
    return ascii;
  }

  /**
   * @return the variables of {@link #printed()}, in order of first appearance
   */
  List<String> names() {
    return names;
  }

  /**
   * @return the variables of {@link #ascii()}, in the order of {@link #names()}
   */
  List<String> asciiNames() {
    return asciiNames;
  }

  /**
   * @return the values of the variables, in the order of {@link #names()} (a fresh copy)
   */
  double[] sampleValues() {
    return sampleValues.clone();
  }

  /**
   * @return the values keyed by the printed names
   */
  Map<String, Double> valuesByName() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      map.put(names.get(i), sampleValues[i]);
    }
    return map;
  }

  /**
   * @param id an id such as {@code mac-7.1}
   * @return the formula with that id
   * @throws IllegalArgumentException if there is none
   */
  static SeedFormula byId(String id) {
    for (SeedFormula f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no seed formula " + id);
  }
}
