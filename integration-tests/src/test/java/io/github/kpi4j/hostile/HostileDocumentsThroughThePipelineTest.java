package io.github.kpi4j.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.testing.Plans;
import io.github.kpi4j.validation.PlanValidator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile documents, end to end: whatever bytes arrive, reading either gives a model or raises a
 * {@link DocumentException}, and whatever model it gives, validating it (in both languages) and
 * assessing it never throw, and report well-formed findings.
 *
 * <p>The reader alone is fuzzed by io-json's {@code AnyInputPropertyTest} (arbitrary bytes, text
 * edits of valid documents) and its corpus of bad documents; this test adds what crosses modules:
 * byte-level damage to UTF-8 (invalid and truncated sequences inside Chinese text), and documents
 * the reader accepts but whose values are hostile to the rules: ids that collide, references to
 * nothing, formulas that divide by zero or nest deep, huge and tiny numbers, names past every
 * limit.
 */
class HostileDocumentsThroughThePipelineTest {
  private static final KpiJson JSON = KpiJson.create();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final PlanValidator VALIDATOR = PlanValidator.ofDefaults();
  private static final PlanValidator VALIDATOR_ZH =
      PlanValidator.builder().locale(Locale.TAIWAN).build();
  private static final Assessor ASSESSOR = Assessor.ofDefaults();
  private static final Assessor ASSESSOR_ZH = Assessor.builder().locale(Locale.TAIWAN).build();

  private static final List<byte[]> PLAN_BYTES =
      List.of(
          SeedPlans.bytes("mac-107.json"),
          SeedPlans.bytes("mofa-107.json"),
          SeedPlans.written(Plans.withKpis(30)));
  private static final AnnualPlan MAC = SeedPlans.plan("mac-107.json");
  private static final PlanResults MAC_RESULTS = SeedPlans.results("mac-107-results.json");

  /** Byte sequences that are not UTF-8, or not where they stand. */
  private static final byte[][] BAD_UTF8 = {
    {(byte) 0xC0, (byte) 0x80}, // overlong NUL
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
    {(byte) 0xE4, (byte) 0xB8}, // a Chinese character cut short
    {(byte) 0x80}, // a lone continuation byte
    {(byte) 0xFE},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, // a byte order mark, mid-document
    {0},
  };

  private static final List<String> HOSTILE_TEXT =
      List.of(
          "",
          " ",
          "\u3000",
          "\t\n",
          "1.1",
          "１．１",
          "5.1",
          "7.2",
          "99.99",
          "0.0",
          "1.",
          "2147483648.1",
          "研修(訂)大陸事務 相關法規",
          "機關年度資本門預算執行率",
          "機關於中程歲出概算額度內編報情形",
          "（甲－乙）÷乙＝2%",
          "甲÷0",
          "（甲－甲）÷（乙－乙）×100%",
          "甲^甲^甲^甲",
          "2^2^2^2^2^2^2^2",
          "（".repeat(70) + "甲" + "）".repeat(70),
          "甲＋".repeat(2001) + "甲",
          "＝",
          "= =",
          "×100%",
          "9".repeat(300) + "%",
          "5萬萬",
          "-0%",
          "NaN",
          "Infinity",
          "1e400",
          "較前年度增加10%",
          "長".repeat(600),
          "長".repeat(20_000),
          "x-",
          "\u0000",
          "\uFEFF",
          "𠀋𠀋",
          "\ud800",
          "a\u0301",
          "statistical-data",
          "其它",
          "survey",
          "decrease");

  private static final List<BigDecimal> HOSTILE_NUMBERS =
      List.of(
          BigDecimal.ZERO,
          BigDecimal.ONE,
          BigDecimal.valueOf(-1),
          BigDecimal.valueOf(5),
          BigDecimal.valueOf(6),
          BigDecimal.valueOf(107),
          BigDecimal.valueOf(2018),
          BigDecimal.valueOf(Integer.MAX_VALUE),
          BigDecimal.valueOf(Integer.MAX_VALUE + 1L),
          BigDecimal.valueOf(Long.MAX_VALUE),
          new BigDecimal("0.5"),
          new BigDecimal("-0.0"),
          new BigDecimal("1" + "0".repeat(99)),
          new BigDecimal("0." + "0".repeat(98) + "1"),
          new BigDecimal("1E+400"),
          new BigDecimal("-1E-400"));

  @Test
  void should_refuse_damaged_bytes_or_read_them_into_a_plan_that_validates_and_assesses() {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(300)
        .forAll(damagedPlans())
        .checkAssert(
            damaged -> {
              // GIVEN a plan whose bytes are damaged
              AnnualPlan plan;
              try {
                // WHEN it is read
                plan = JSON.readPlan(new ByteArrayInputStream(damaged.bytes()), "damaged.json");
              } catch (DocumentException e) {
                // THEN it is refused with a DocumentException naming the source
                refused.incrementAndGet();
                assertThat(e.getMessage()).startsWith("damaged.json");
                return;
              }
              // OR it is read, and then validates and assesses without throwing
              read.incrementAndGet();
              checkThrough(plan, MAC_RESULTS);
            });
    // AND both outcomes occurred
    assertThat(read).hasPositiveValue();
    assertThat(refused).hasPositiveValue();
  }

  @Test
  void should_validate_and_assess_any_readable_plan_with_hostile_values() {
    AtomicInteger read = new AtomicInteger();
    qt().withExamples(300)
        .forAll(hostile(List.of("mac-107.json", "mofa-107.json")))
        .checkAssert(
            document -> {
              // GIVEN a plan with hostile values of the right JSON types
              AnnualPlan plan;
              try {
                plan = JSON.readPlan(document.json());
              } catch (DocumentException e) {
                return; // the reader's own business: see io-json's tests
              }
              // WHEN the reader accepts it  THEN it validates and assesses without throwing
              read.incrementAndGet();
              checkThrough(plan, MAC_RESULTS);
            });
    // AND many hostile plans got past the reader
    assertThat(read.get()).isGreaterThan(30);
  }

  @Test
  void should_assess_any_readable_results_with_hostile_values() {
    AtomicInteger read = new AtomicInteger();
    qt().withExamples(300)
        .forAll(hostile(List.of("mac-107-results.json")))
        .checkAssert(
            document -> {
              // GIVEN results with hostile values of the right JSON types
              PlanResults results;
              try {
                results = JSON.readResults(document.json());
              } catch (DocumentException e) {
                return;
              }
              // WHEN the reader accepts them  THEN they assess against the plan without throwing
              read.incrementAndGet();
              checkThrough(MAC, results);
            });
    assertThat(read.get()).isGreaterThan(30);
  }

  /** Validates and assesses, and checks that every report is whole and well-formed. */
  private static void checkThrough(AnnualPlan plan, PlanResults results) {
    for (PlanValidator validator : List.of(VALIDATOR, VALIDATOR_ZH)) {
      wellFormed(validator.validate(plan).findings());
    }
    for (Assessor assessor : List.of(ASSESSOR, ASSESSOR_ZH)) {
      Assessment assessment = assessor.assess(plan, results);
      assertThat(assessment.kpis()).hasSameSizeAs(plan.kpis());
      assertThat(assessment.summary().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(plan.kpis().size());
      wellFormed(assessment.findings());
    }
  }

  private static void wellFormed(List<Finding> findings) {
    for (Finding finding : findings) {
      assertThat(finding.rule()).isNotBlank();
      assertThat(finding.message()).isNotBlank().doesNotContain("Exception");
      assertThat(finding.path()).matches("(/[^/]*)*");
    }
  }

  /** One to three kinds of damage to one of the plans' bytes. */
  private static Gen<Damaged> damagedPlans() {
    Gen<Damage> damage =
        integers()
            .between(0, 3)
            .zip(
                doubles().between(0, 1),
                integers().between(0, 255),
                integers().between(0, BAD_UTF8.length - 1),
                Damage::new);
    return integers()
        .between(0, PLAN_BYTES.size() - 1)
        .zip(lists().of(damage).ofSizeBetween(1, 3), Damaged::new);
  }

  /** One to six values of a seed document replaced by hostile values of the same JSON type. */
  private static Gen<Hostile> hostile(List<String> files) {
    Gen<String> text =
        Generate.oneOf(
            Generate.pick(HOSTILE_TEXT),
            Generate.pick(HOSTILE_TEXT),
            strings().allPossible().ofLengthBetween(0, 40));
    Gen<Replacement> replacement =
        doubles().between(0, 1).zip(text, Generate.pick(HOSTILE_NUMBERS), Replacement::new);
    return Generate.pick(files).zip(lists().of(replacement).ofSizeBetween(1, 6), Hostile::new);
  }

  /** A seed document with values replaced: a failure reports the replacements, not the text. */
  private record Hostile(String file, List<Replacement> replacements) {
    String json() {
      JsonNode root = MAPPER.readTree(SeedPlans.bytes(file));
      List<Leaf> leaves = new ArrayList<>();
      collect(root, leaves);
      for (Replacement r : replacements) {
        leaves.get((int) (r.where() * (leaves.size() - 1))).replace(r);
      }
      return MAPPER.writeValueAsString(root);
    }
  }

  /** One of the plans' bytes, damaged. */
  private record Damaged(int document, List<Damage> damages) {
    byte[] bytes() {
      byte[] bytes = PLAN_BYTES.get(document);
      for (Damage d : damages) {
        bytes = d.apply(bytes);
      }
      return bytes;
    }
  }

  private static void collect(JsonNode node, List<Leaf> leaves) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode child = object.get(name);
        if (child.isContainer()) {
          collect(child, leaves);
        } else {
          leaves.add(new Leaf(object, name, -1, child));
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode child = array.get(i);
        if (child.isContainer()) {
          collect(child, leaves);
        } else {
          leaves.add(new Leaf(array, null, i, child));
        }
      }
    }
  }

  /** A value of an object or an array, which a replacement of its own JSON type takes over. */
  private record Leaf(JsonNode parent, String name, int index, JsonNode value) {
    void replace(Replacement r) {
      JsonNode with = value.isNumber() ? NODES.numberNode(r.number) : NODES.stringNode(r.text);
      if (parent instanceof ObjectNode object) {
        object.set(name, with);
      } else {
        ((ArrayNode) parent).set(index, with);
      }
    }
  }

  private record Replacement(double where, String text, BigDecimal number) {
    @Override
    public String toString() {
      String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
      return "at " + where + ": '" + shown + "' or " + number;
    }
  }

  /** Flips a byte, inserts a sequence that is not UTF-8, cuts the document, or repeats a part. */
  private record Damage(int kind, double where, int value, int sequence) {
    byte[] apply(byte[] bytes) {
      int at = (int) (where * bytes.length);
      switch (kind) {
        case 0 -> {
          byte[] out = bytes.clone();
          if (at < out.length) {
            out[at] = (byte) value;
          }
          return out;
        }
        case 1 -> {
          byte[] bad = BAD_UTF8[sequence];
          byte[] out = new byte[bytes.length + bad.length];
          System.arraycopy(bytes, 0, out, 0, at);
          System.arraycopy(bad, 0, out, at, bad.length);
          System.arraycopy(bytes, at, out, at + bad.length, bytes.length - at);
          return out;
        }
        case 2 -> {
          return java.util.Arrays.copyOf(bytes, at);
        }
        default -> {
          int length = Math.min(value, bytes.length - at);
          byte[] out = new byte[bytes.length + length];
          System.arraycopy(bytes, 0, out, 0, at + length);
          System.arraycopy(bytes, at, out, at + length, bytes.length - at);
          return out;
        }
      }
    }
  }
}
