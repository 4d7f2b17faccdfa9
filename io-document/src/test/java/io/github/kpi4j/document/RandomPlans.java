package io.github.kpi4j.document;

import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AgencyLevel;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Baseline;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.model.YearTarget;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plans made from a seed, for property tests: the seed a failing property prints makes the same
 * plan again. The plans hold what a printed plan can hold (see the README: text on one line without
 * leading or trailing space, but for the values that may print lines of their own — measurement
 * standards, ladders, items, programme items and content points —, no empty required text, goals
 * numbered 1, 2, 3 …, weights without an exponent), and every kind of value the model has: names
 * holding {@code 、} and full-width brackets, KPI links by name and by id, merged work programmes,
 * formulas, directions, weights; and the plan format's additions: local agencies, common and
 * weighted goals, core KPIs, items, milestones (printed as the standard or not), other years'
 * targets, baselines, budgets.
 */
final class RandomPlans {
  private static final String CJK = "的計畫推動兩岸交流臺灣政策經貿服務民眾國際合作資源預算執行率提升港澳青年文教法規";
  private static final String ASCII = "ABCxyz0123456789";
  private static final String PUNCTUATION = "，。「」%-／：";

  private RandomPlans() {}

  static AnnualPlan plan(long seed) {
    Random random = new Random(seed);
    AnnualPlan.Builder plan =
        AnnualPlan.builder().agency(agency(random)).rocYear(1 + random.nextInt(150));
    if (random.nextBoolean()) {
      plan.title(text(random, 20));
    }
    for (int p = random.nextInt(3); p > 0; p--) {
      plan.addPreamble(text(random, 60));
    }
    int goals = 1 + random.nextInt(4);
    int marker = 0;
    List<String> names = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int g = 1; g <= goals; g++) {
      Goal.Builder goal = Goal.builder().number(g).title(text(random, 30));
      if (random.nextInt(4) == 0) {
        goal.common(true);
      }
      if (random.nextInt(3) == 0) {
        goal.weight(weight(random));
      }
      for (int s = random.nextInt(4); s > 0; s--) {
        goal.addStrategies(text(random, 50));
      }
      int kpis = random.nextInt(4);
      for (int k = 1; k <= kpis; k++) {
        // A unique full-width marker at the end keeps the longest match of KPI links unambiguous.
        String name = name(random) + "（" + (++marker) + "）";
        names.add(name);
        ids.add(g + "." + k);
        Kpi.Builder kpi =
            Kpi.builder()
                .number(k)
                .name(name)
                .evaluationSystem(
                    EvaluationSystem.values()[random.nextInt(EvaluationSystem.values().length)])
                .evaluationMethod(
                    EvaluationMethod.values()[random.nextInt(EvaluationMethod.values().length)])
                .measurementStandard(lines(random, 80));
        if (random.nextInt(4) > 0) {
          kpi.target(target(random));
        }
        if (random.nextInt(4) == 0) {
          kpi.formula(text(random, 30));
        }
        if (random.nextInt(4) == 0) {
          kpi.direction(Direction.DECREASE);
        }
        if (random.nextInt(3) == 0) {
          kpi.weight(weight(random));
        }
        additions(random, kpi);
        for (int m = random.nextInt(3); m > 0; m--) {
          kpi.addMidTermProgrammes(text(random, 20));
        }
        goal.addKpis(kpi.build());
      }
      plan.addGoals(goal.build());
    }
    String[] works = {text(random, 10), text(random, 10)};
    for (int p = random.nextInt(5); p > 0; p--) {
      Programme.Builder programme =
          Programme.builder()
              .workProgramme(works[random.nextInt(2)])
              .item(lines(random, 20))
              .category(
                  ProgrammeCategory.values()[random.nextInt(ProgrammeCategory.values().length)]);
      if (random.nextInt(3) == 0) {
        programme.budget(quantity(random));
      }
      for (int c = random.nextInt(4); c > 0; c--) {
        programme.addContent(lines(random, 60));
      }
      for (int l = names.isEmpty() ? 0 : random.nextInt(4); l > 0; l--) {
        int which = random.nextInt(names.size());
        programme.addKpis(random.nextInt(5) == 0 ? ids.get(which) : names.get(which));
      }
      plan.addProgrammes(programme.build());
    }
    return plan.build();
  }

  private static Agency agency(Random random) {
    StringBuilder code = new StringBuilder();
    for (int i = 2 + random.nextInt(4); i > 0; i--) {
      code.append((char) ('A' + random.nextInt(26)));
    }
    Agency.Builder agency = Agency.builder().code(code.toString()).name(text(random, 8));
    if (random.nextBoolean()) {
      agency.englishName("Council of " + code);
    }
    if (random.nextInt(4) == 0) {
      agency.level(AgencyLevel.LOCAL);
    }
    return agency.build();
  }

  private static BigDecimal weight(Random random) {
    return new BigDecimal(BigInteger.valueOf(random.nextInt(1000)), random.nextInt(2));
  }

  /**
   * A target, on one line or several: no line reads as another year's target ({@code 108年：…}),
   * which the 年度目標值 cell would print as a line of its own.
   */
  private static String target(Random random) {
    return notYearLines(lines(random, 8), "");
  }

  /**
   * @param printedAfter what the cell prints after the text on its last line: an item's measure is
   *     followed by {@code ：} and its target, so a last line {@code 2年} would print {@code 2年：20次}
   */
  private static String notYearLines(String text, String printedAfter) {
    String[] lines = text.split("\n");
    for (int l = 0; l < lines.length; l++) {
      String printed = l == lines.length - 1 ? lines[l] + printedAfter : lines[l];
      if (printed.matches("^[0-9]{1,4} ?年[:：].*")) {
        lines[l] = "年" + lines[l];
      }
    }
    return String.join("\n", lines);
  }

  private static String quantity(Random random) {
    String[] units = {"篇", "次", "%", "人次", "千元", ""};
    return String.format("%,d", random.nextInt(100_000)) + units[random.nextInt(units.length)];
  }

  /**
   * The plan format's additions on a KPI: core, items, milestones (a ladder its standard prints, or
   * not), other years' targets, a baseline.
   */
  private static void additions(Random random, Kpi.Builder kpi) {
    if (random.nextInt(4) == 0) {
      kpi.core(true);
    }
    if (random.nextInt(5) == 0) {
      for (int i = 1; i <= 1 + random.nextInt(3); i++) {
        KpiItem.Builder item = KpiItem.builder().number(i).text(itemText(random));
        if (random.nextInt(3) > 0) {
          item.target(quantity(random));
        }
        if (random.nextInt(4) == 0) {
          item.formula(text(random, 20));
        }
        if (random.nextInt(4) == 0) {
          item.direction(Direction.DECREASE);
        }
        kpi.addItems(item.build());
      }
    }
    if (random.nextInt(5) == 0) {
      List<Milestone> ladder = new ArrayList<>();
      StringBuilder printed = new StringBuilder();
      boolean newlines = random.nextBoolean();
      int progress = 0;
      for (int m = 1; m <= 1 + random.nextInt(4); m++) {
        progress += 1 + random.nextInt(25);
        Milestone milestone = Milestone.of(m, text(random, 15), progress + "%");
        ladder.add(milestone);
        String[] brackets =
            random.nextBoolean() ? new String[] {"(", ")"} : new String[] {"（", "）"};
        if (m > 1 && newlines) {
          // One step a line, as 臺中市政府經濟發展局 103 prints its ladders.
          printed.append('\n');
        }
        printed
            .append(m)
            .append('.')
            .append(milestone.text())
            .append(brackets[0])
            .append(milestone.progress().text())
            .append(brackets[1]);
      }
      kpi.milestones(ladder);
      if (random.nextBoolean()) {
        // The ladder printed as the standard, as local plans print it.
        kpi.evaluationMethod(EvaluationMethod.MILESTONES).measurementStandard(printed.toString());
      }
    }
    for (int t = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 0; t > 0; t--) {
      kpi.addTargets(YearTarget.of(200 + t, text(random, 8)));
    }
    if (random.nextInt(5) == 0) {
      Baseline.Builder baseline = Baseline.builder().value(QuantityText.of(quantity(random)));
      if (random.nextBoolean()) {
        baseline.rocYear(1 + random.nextInt(150));
      }
      kpi.baseline(baseline.build());
    }
  }

  /**
   * Text on one line, or now and then on two or three (a value with line breaks of its own, as a
   * ladder of steps prints), each line as {@link #text} makes it.
   */
  static String lines(Random random, int maxLength) {
    StringBuilder out = new StringBuilder(text(random, maxLength));
    for (int l = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; l > 0; l--) {
      out.append('\n').append(text(random, maxLength));
    }
    return out.toString();
  }

  /**
   * An item's measure, on one line or several: no line, as the cell prints it, reads as another
   * year's target ({@code 108年：…}), which the 年度目標值 cell would print as a line of its own.
   */
  private static String itemText(Random random) {
    return notYearLines(lines(random, 15), "：");
  }

  /** A KPI name: text that may hold 、 and full-width brackets, but never a marker. */
  private static String name(Random random) {
    String text = text(random, 25);
    return random.nextBoolean() ? text + "、" + text(random, 10) : text;
  }

  /**
   * Text on one line: words of CJK, ASCII and punctuation, separated by single spaces now and then.
   */
  static String text(Random random, int maxLength) {
    int length = 1 + random.nextInt(maxLength);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind == 0 && i > 0 && i < length - 1 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      } else if (kind < 3) {
        out.append(ASCII.charAt(random.nextInt(ASCII.length())));
      } else if (kind < 4) {
        out.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
      } else {
        out.append(CJK.charAt(random.nextInt(CJK.length())));
      }
    }
    return out.toString().strip();
  }
}
