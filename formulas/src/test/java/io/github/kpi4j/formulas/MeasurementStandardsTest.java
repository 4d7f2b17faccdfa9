package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which measurement standards contain a formula, and which part of them it is. */
class MeasurementStandardsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          （本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%（以上各數均含本年度原預算、追加預算及以前年度保留數）|（本年度資本門實支數＋資本門應付未付數＋資本門賸餘數）÷（資本門預算數）×100%
          補助辦展數/計畫補助辦展數*100%(單位:場數)|補助辦展數/計畫補助辦展數*100%
          【（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數】×100%|【（本年度歲出概算編報數－本年度中程歲出概算額度核列數）÷本年度中程歲出概算額度核列數】×100%
          （當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次＝2%|（當年度青年交流總人次－前1年度青年交流總人次）÷前1年度青年交流總人次
          (本年度資本門實支數 +資本門應付未付數+ 資本門賸餘數)÷(資本門預算數)×100% (以上各數均含本年度 原預算、追加預算及以 前年度保留數)|(本年度資本門實支數 +資本門應付未付數+ 資本門賸餘數)÷(資本門預算數)×100%
          甲÷乙×100%。|甲÷乙×100%
          甲÷乙×100%（註一）【單位：%】|甲÷乙×100%
          （甲＋乙）|（甲＋乙）
          甲－乙（甲為本年度數，乙為前一年度數）|甲－乙
          甲÷乙，其中甲為實支數|甲÷乙
          甲/乙|甲/乙
          公式：可支配所得/總戶數|可支配所得/總戶數
          (4).使用 ODF比例(D):計算方式 D = C / (B + C)。若 B + C = 0,則此欄位值顯示為 0 且註記無附件。|C / (B + C)
          (移動平均值計算方式:0.5 × 前12小時平均 + 0.5 × 前4小時平均)|0.5 × 前12小時平均 + 0.5 × 前4小時平均
          老年人口比率(65歲以上):(%). 定義:, 年齡65歲以上的人口占總人口比率。 公式:, (65歲以上人口數/戶籍登記人口數)*100. 資料來源:, 內政部.|(65歲以上人口數/戶籍登記人口數)*100
          """)
  void should_find_the_formula(String measurementStandard, String formula) {
    // GIVEN / WHEN / THEN
    assertThat(MeasurementStandards.find(measurementStandard).map(FoundFormula::text))
        .contains(formula);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          （100－20）÷100×100%|（100－20）÷100×100%|0.8
          (100-20)/100|(100-20)/100|0.8
          計算公式：（100－20）÷100×100%（超過100%以100%計算）|（100－20）÷100×100%|0.8
          86*20% =17.2|86*20%|17.2
          1/2×100%|1/2×100%|0.5
          3x4|3x4|12
          """)
  void should_find_a_formula_of_numbers_alone_and_take_its_value(
      String measurementStandard, String formula, double value) {
    // GIVEN a standard whose formula has no variable
    // WHEN it is found
    FoundFormula found = MeasurementStandards.find(measurementStandard).orElseThrow();

    // THEN it is a formula with no variable, whose value needs none
    assertThat(found.text()).isEqualTo(formula);
    assertThat(found.formula().variables()).isEmpty();
    assertThat(found.formula().evaluate()).isCloseTo(value, within(1e-12));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "107/12/31",
        "1/4",
        "2-1",
        "5+2",
        "推動「5+2」產業創新計畫",
        "(1/3)",
        "2016/17",
        "1、 環境情勢分析…………………………….…….………1-1",
        "*聯絡電話: 02-23515938,02-23565359",
        "*聯絡電話:(02)8072-5454分機4227",
        "女=100",
        "3%~5%",
        "0.5",
        "達成率100%",
        "(人/十萬人口)",
        "PM2.5濃度高於每平方公尺71微克(μg/m3)",
        "[李奇/國發會管考處副處長,電話:23165300分機6602]",
        "若 B + C = 0,則此欄位值顯示為 0",
        "主辦機關：經濟部/工業局",
        "衛生福利部/國民健康署",
        "是/否",
        "男/女比例"
      })
  void should_find_no_formula_in_a_date_a_page_a_phone_number_a_value_a_unit_or_alternatives(
      String measurementStandard) {
    // GIVEN numbers, names or units that print - or / without being arithmetic (alternatives such
    // as 是/否), a value alone, or a condition on the formula
    // WHEN / THEN nothing is found: finding a formula where there is none is worse than none
    assertThat(MeasurementStandards.findAll(measurementStandard)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          分子：本年度實際完成件數 分母：本年度預定完成件數|本年度實際完成件數÷本年度預定完成件數
          分子：本年度實際完成件數；分母：本年度預定完成件數|本年度實際完成件數÷本年度預定完成件數
          分子為本年度實際完成件數，分母為本年度預定完成件數|本年度實際完成件數÷本年度預定完成件數
          分子:本年度實際完成件數  分母:本年度預定完成件數  計算公式:(分子/分母)x100%|(本年度實際完成件數/本年度預定完成件數)x100%
          （分子）本年度實際完成件數／（分母）本年度預定完成件數×100%|本年度實際完成件數／本年度預定完成件數×100%
          計算公式：(分子)本年度實際完成件數/(分母)本年度預定完成件數*100%。|本年度實際完成件數/本年度預定完成件數*100%
          分子:本年度實際完成件數 / 分母:本年度預定完成件數 x 100%|本年度實際完成件數 / 本年度預定完成件數 x 100%
          (1)分子：本年度實際完成件數 (2)分母：本年度預定完成件數|本年度實際完成件數÷本年度預定完成件數
          （1）分子：本年度實際完成件數（2）分母：本年度預定完成件數|本年度實際完成件數÷本年度預定完成件數
          【分子】本年度實際完成件數 【分母】本年度預定完成件數|本年度實際完成件數÷本年度預定完成件數
          分子為「本年度實際完成件數」，分母為「本年度預定完成件數」|本年度實際完成件數÷本年度預定完成件數
          """)
  void should_find_a_numerator_and_a_denominator_however_they_are_labelled(
      String measurementStandard, String formula) {
    // GIVEN a standard that labels its numerator and its denominator
    // WHEN the formula is found
    FoundFormula found = MeasurementStandards.find(measurementStandard).orElseThrow();

    // THEN it is the numerator over the denominator, the labels left out
    assertThat(found.text()).isEqualTo(formula);
    assertThat(found.formula().variables()).containsExactly("本年度實際完成件數", "本年度預定完成件數");
    assertThat(found.formula().evaluate(45, 50)).isCloseTo(0.9, within(1e-12));
  }

  @org.junit.jupiter.api.Test
  void should_place_a_formula_read_without_its_operand_labels_where_the_standard_prints_it() {
    // GIVEN a formula whose operands carry labels in brackets
    String standard = "（分子）實際完成件數／（分母）預定完成件數×100%";

    // WHEN it is found
    FoundFormula found = MeasurementStandards.find(standard).orElseThrow();

    // THEN it stands in two spans, around the label 分母, and says the labels were left out
    assertThat(found.spans())
        .extracting(span -> standard.substring(span.start(), span.end()))
        .containsExactly("實際完成件數／", "預定完成件數×100%");
    assertThat(found.notes())
        .containsExactly(new FoundFormula.Note(FoundFormula.Repair.LABEL_LEFT_OUT, 0));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "兩岸各項文教交流活動、研討會及研習營等之參與人數",
        "「臺商窗口」專業諮詢服務滿意度",
        "統計本會臉書貼文總觸及人次",
        "1.與擬爭取參與之國際組織或於…人。2.參與…",
        "1.與該等組織執行合作計畫次數。2.參與或舉辦相關國際組織之會議及活動次數。",
        "統計國際輿情及海外各界人士意見之訊息則數，包括：1.正面訊息則數。2.衡平（正、負面）訊息則數。3.負面訊息則數",
        "簽訂雙邊協議(含經貿合作相關協議,如避免雙重課稅、關務合作、經濟合作協定等)件數",
        "與我邦交國簽署雙邊協議簡化跨國文書驗證流程之國家數(終數)",
        "每年每項績效需較前年度增加 10 %。",
        "（以上各數均含本年度原預算）",
        "100%",
        "",
        "   "
      })
  void should_find_no_formula_in_prose_names_or_milestones(String measurementStandard) {
    // GIVEN / WHEN / THEN
    assertThat(MeasurementStandards.find(measurementStandard).map(FoundFormula::text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // 外交部 107, KPIs 7.1 and 7.2, exactly as the PDF extraction prints them: 資 本門預算數 and
        // 額度 核列數 are names split where the PDF wrapped a cell
        "(本年度資本門實支數 +資本門應付未付數+ 資本門賸餘數)÷(資 本門預算數)×100% (以上各數均含本年度 原預算、追加預算及以 前年度保留數)",
        "【(本年度歲出概算編報數-本年度中程歲出概算額度核列數)÷本年度中程歲出概算額度 核列數】×100%",
        "甲 乙÷丙"
      })
  void should_find_no_formula_where_white_space_splits_a_name(String measurementStandard) {
    // GIVEN a measurement standard whose arithmetic has two names side by side
    // WHEN / THEN nothing: white space ends a name, so that is not a formula; a plan that means one
    // name gives the KPI an explicit formula with the name whole
    assertThat(MeasurementStandards.find(measurementStandard).map(FoundFormula::text)).isEmpty();
  }
}
