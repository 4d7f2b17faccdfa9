package io.github.kpi4j.model;

/**
 * Small plans for the model's tests, shaped like the MAC 107 plan; built from the shared fixtures.
 */
final class Plans {
  private Plans() {}

  static Kpi kpi(int number, String name, String target) {
    return io.github.kpi4j.testing.Plans.kpi(number, name).target(target).build();
  }

  static AnnualPlan mac() {
    return AnnualPlan.builder()
        .agency(
            Agency.builder()
                .code("MAC")
                .name("大陸委員會")
                .englishName("Mainland Affairs Council")
                .build())
        .rocYear(107)
        .addGoals(
            Goal.builder()
                .number(1)
                .title("盱衡整體情勢發展，推動兩岸良性互動與對話溝通")
                .addStrategies("掌握中國大陸對臺策略")
                .addKpis(kpi(1, "研蒐中國大陸對臺作為及兩岸情勢發展評估，規劃政策與研議因應策略", "408篇"))
                .addKpis(kpi(2, "維護兩岸現有機制，遵循臺灣民意，推動兩岸關係和平穩定", "17次"))
                .build(),
            Goal.builder()
                .number(4)
                .title("配合整體兩岸政策及交流情勢變化，檢討兩岸交流規範，落實協議執行，維護交流秩序")
                .addKpis(kpi(1, "研修（訂）大陸事務相關法規", "28件"))
                .build())
        .addProgrammes(
            Programme.builder()
                .workProgramme("法政業務")
                .item("建立兩岸交流秩序")
                .category(ProgrammeCategory.OTHER)
                .addContent("適時檢討兩岸交流規範與管理機制。")
                .addKpis("研修(訂)大陸事務相關法規")
                .build(),
            Programme.builder()
                .workProgramme("企劃業務")
                .item("兩岸政策研究")
                .category(ProgrammeCategory.OTHER)
                .addKpis("1.1", "1.2")
                .build())
        .build();
  }
}
