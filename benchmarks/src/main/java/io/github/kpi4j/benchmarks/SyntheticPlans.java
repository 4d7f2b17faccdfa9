package io.github.kpi4j.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes valid {@code kpi-plan/1} documents of any size, for benchmarks that must show how reading
 * and validating grow with a plan, and for tests that start from a valid document.
 *
 * <p>A plan of {@code n} KPIs has goals of ten KPIs each (the last goal holds the rest), with
 * strategies; one programme per goal links that goal's KPIs, half by id and half by name. The text
 * is Traditional Chinese composed from the phrases real plans use, so that the bytes are mostly
 * three-byte UTF-8 as in the seeds. Every fifth KPI computes its actual from a formula with Chinese
 * variable names; the plan ends with the two common indicators of budget execution, with their
 * standard formulas. KPI names carry a serial number so that they are unique.
 *
 * <p>The same size and seed always give the same bytes. The documents are compact (one line): a
 * plan of 100,000 KPIs is about 40 MB.
 */
public final class SyntheticPlans {
  /** KPIs per goal, as in the seeds (MAC 107: 15 KPIs in 7 goals; MOFA 107: 16 in 7). */
  public static final int KPIS_PER_GOAL = 10;

  private static final String[] ACTIONS = {
    "推動", "強化", "辦理", "提升", "落實", "深化", "促進", "建構", "擴大", "完善", "精進", "維護",
  };
  private static final String[] SUBJECTS = {
    "兩岸青年學生交流活動", "國際經貿合作關係", "公共建設計畫執行效能", "數位政府服務品質", "社會安全網絡",
    "區域經濟整合能量", "文化資產保存與活化", "災害防救應變機制", "中小企業創新研發", "長期照顧服務體系",
    "海外僑民聯繫服務", "資訊安全防護能量", "綠色能源轉型", "原住民族教育資源", "觀光旅遊品質",
  };
  private static final String[] PURPOSES = {
    "，增進民眾福祉", "，保障民眾權益", "，提升國家競爭力", "，展現施政成效", "，強化政策溝通", "",
  };
  private static final String[] STANDARDS = {
    "完成各項自行研蒐或委託專家學者、研究單位進行研究之評析報告篇數",
    "辦理座談會、記者會、說明會等各類溝通說明活動之場次",
    "年度內受理申請案件於法定期限內完成審核之件數",
    "參與活動民眾之滿意度調查結果（以問卷方式辦理）",
    "依年度工作計畫完成之重要工作項目數",
    "補助地方政府及民間團體辦理相關活動之案件數",
  };
  private static final String[] FORMULA_SUBJECTS = {
    "青年交流總人次", "受理申請案件數", "補助辦理活動場次", "服務使用人數", "網站瀏覽人次", "志工服務時數",
  };
  private static final String[] UNITS = {"篇", "次", "人", "場次", "件", "萬人次", "項"};
  private static final String[] METHODS = {"statistical-data", "survey", "milestones", "other"};
  private static final String[] CATEGORIES = {
    "public-construction", "science-technology", "social-development", "other",
  };
  private static final String[] SENTENCES = {
    "掌握國內外情勢發展趨勢，研議政策及因應策略。",
    "結合政府與民間力量，深化交流效益，彰顯臺灣文化軟實力。",
    "強化與地方政府互動聯繫與合作，規劃辦理相關研習活動。",
    "協助學術機構、民間團體舉辦研討會及交流參訪等活動。",
    "持續檢視及檢討相關法規，健全法制，保障民眾權益及福祉。",
    "運用多元管道宣導政策，傾聽及回應民意，增進各界瞭解與支持。",
    "依據行政院施政方針，配合中程施政計畫及核定預算額度，編定年度施政計畫。",
  };

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SyntheticPlans() {}

  /**
   * @param kpis how many KPIs the plan has, at least 2
   * @return the plan document as compact UTF-8 JSON, made from seed 107
   */
  public static byte[] plan(int kpis) {
    return plan(kpis, 107);
  }

  /**
   * @param kpis how many KPIs the plan has, at least 2
   * @param seed the seed of the text's choices
   * @return the plan document as compact UTF-8 JSON
   * @throws IllegalArgumentException if {@code kpis} is less than 2
   */
  public static byte[] plan(int kpis, long seed) {
    if (kpis < 2) {
      throw new IllegalArgumentException(
          "a plan needs at least the 2 common indicators, not " + kpis);
    }
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(kpis * 420);
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("format", "kpi-plan/1");
      g.writeName("agency");
      g.writeStartObject();
      g.writeStringProperty("code", "SYN");
      g.writeStringProperty("name", "合成施政委員會");
      g.writeStringProperty("englishName", "Synthetic Affairs Council");
      g.writeEndObject();
      g.writeNumberProperty("rocYear", 107);
      g.writeStringProperty("title", "合成施政委員會107年度施政計畫");
      g.writeArrayPropertyStart("preamble");
      for (int i = 0; i < 4; i++) {
        g.writeString(sentences(random, 3));
      }
      g.writeEndArray();

      int goals = (kpis + KPIS_PER_GOAL - 1) / KPIS_PER_GOAL;
      List<List<String>> links = new ArrayList<>();
      int serial = 0;
      g.writeArrayPropertyStart("goals");
      for (int goal = 1; goal <= goals; goal++) {
        int count = Math.min(KPIS_PER_GOAL, kpis - (goal - 1) * KPIS_PER_GOAL);
        g.writeStartObject();
        g.writeNumberProperty("number", goal);
        g.writeStringProperty(
            "title", pick(random, ACTIONS) + pick(random, SUBJECTS) + pick(random, PURPOSES));
        if (goal * KPIS_PER_GOAL >= kpis - 1) {
          // The goal that holds a common indicator is a common goal (共同性目標), as plans print it.
          g.writeBooleanProperty("common", true);
        }
        g.writeArrayPropertyStart("strategies");
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
          g.writeString(pick(random, SENTENCES));
        }
        g.writeEndArray();
        List<String> linked = new ArrayList<>();
        g.writeArrayPropertyStart("kpis");
        for (int number = 1; number <= count; number++) {
          int index = (goal - 1) * KPIS_PER_GOAL + number;
          if (index == kpis - 1) {
            commonIndicator(g, number, true);
          } else if (index == kpis) {
            commonIndicator(g, number, false);
          } else {
            serial++;
            String name = kpi(g, random, number, serial);
            linked.add(number % 2 == 0 ? name : goal + "." + number);
          }
        }
        g.writeEndArray();
        g.writeEndObject();
        links.add(linked);
      }
      g.writeEndArray();

      g.writeArrayPropertyStart("programmes");
      for (List<String> linked : links) {
        if (linked.isEmpty()) {
          continue;
        }
        g.writeStartObject();
        g.writeStringProperty("workProgramme", pick(random, SUBJECTS) + "業務");
        g.writeStringProperty("item", pick(random, ACTIONS) + pick(random, SUBJECTS));
        g.writeStringProperty("category", pick(random, CATEGORIES));
        g.writeArrayPropertyStart("content");
        for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
          g.writeString(pick(random, SENTENCES));
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("kpis");
        for (String reference : linked) {
          g.writeString(reference);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** Writes an ordinary KPI and returns its name. */
  private static String kpi(JsonGenerator g, Random random, int number, int serial) {
    String name =
        pick(random, ACTIONS)
            + pick(random, SUBJECTS)
            + pick(random, PURPOSES)
            + "（第"
            + serial
            + "案）";
    boolean formula = serial % 5 == 0;
    String method = formula ? "statistical-data" : pick(random, METHODS);
    g.writeStartObject();
    g.writeNumberProperty("number", number);
    g.writeStringProperty("name", name);
    g.writeNumberProperty("evaluationSystem", 1 + random.nextInt(5));
    g.writeStringProperty("evaluationMethod", method);
    if (formula) {
      String subject = pick(random, FORMULA_SUBJECTS);
      g.writeStringProperty(
          "measurementStandard",
          "（當年度" + subject + "－前1年度" + subject + "）÷前1年度" + subject + "×100%");
      g.writeStringProperty(
          "formula", "（當年度" + subject + "－前1年度" + subject + "）÷前1年度" + subject + "×100%");
      g.writeStringProperty("target", (1 + random.nextInt(9)) + "%");
    } else {
      g.writeStringProperty("measurementStandard", pick(random, STANDARDS));
      g.writeStringProperty(
          "target",
          method.equals("survey")
              ? (70 + random.nextInt(26)) + "%"
              : (1 + random.nextInt(900)) + pick(random, UNITS));
    }
    if (random.nextInt(4) == 0) {
      g.writeStringProperty("direction", "increase");
    }
    g.writeArrayPropertyStart("midTermProgrammes");
    if (random.nextInt(3) == 0) {
      g.writeString(pick(random, SUBJECTS) + "中長程個案計畫");
    }
    g.writeEndArray();
    g.writeEndObject();
    return name;
  }

  private static void commonIndicator(JsonGenerator g, int number, boolean capital) {
    String formula =
        capital
            ? "（本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%"
            : "【（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數】×100%";
    g.writeStartObject();
    g.writeNumberProperty("number", number);
    g.writeStringProperty("name", capital ? "機關年度資本門預算執行率" : "機關於中程歲出概算額度內編報情形");
    g.writeNumberProperty("evaluationSystem", 1);
    g.writeStringProperty("evaluationMethod", "statistical-data");
    g.writeStringProperty("measurementStandard", formula);
    g.writeStringProperty("formula", formula);
    g.writeStringProperty("target", capital ? "90%" : "5%");
    g.writeStringProperty("direction", capital ? "increase" : "decrease");
    g.writeArrayPropertyStart("midTermProgrammes");
    g.writeEndArray();
    g.writeEndObject();
  }

  private static String sentences(Random random, int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(pick(random, SENTENCES));
    }
    return text.toString();
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
