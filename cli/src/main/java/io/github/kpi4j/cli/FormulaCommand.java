package io.github.kpi4j.cli;

import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.formulas.FormulaException;
import io.github.kpi4j.quantity.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code kpi4j formula EXPRESSION [--var NAME=VALUE]...}: evaluates one formula. */
@Command(
    name = "formula",
    sortOptions = false,
    header = "Evaluate one formula.",
    description = {
      "Evaluate one formula, written as plans print it: full-width or ASCII brackets and"
          + " operators (（）【】 ＋－×÷ +-*/ ^), Chinese variable names, and %% after a number or a"
          + " bracket dividing it by 100, so that ×100%% keeps a ratio a ratio: 91%% is 0.91.",
      "A trailing = value (＝2%%) is the printed target: shown, not computed.",
      "Example: kpi4j formula \"（甲－乙）÷乙×100%%\" --var 甲=10450 --var 乙=10200"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the formula was evaluated",
      "2:bad usage, a formula that cannot be parsed (the message shows where), a variable"
          + " without a value, or a formula that cannot be evaluated (division by zero, overflow)"
    })
final class FormulaCommand extends CommandBase {
  /**
   * A double holds 15 significant decimal digits faithfully; past them is binary noise (0.1 + 0.2
   * is 0.30000000000000004), which the output drops, as the assessment does.
   */
  private static final MathContext DOUBLE_DIGITS = new MathContext(15);

  @Parameters(
      index = "0",
      paramLabel = "EXPRESSION",
      description = "The formula, such as （本年度實支數＋應付未付數）÷預算數×100%%.")
  String expression;

  @Option(
      names = "--var",
      paramLabel = "NAME=VALUE",
      description =
          "The value of a variable: a number such as 12, 1,500 or 1.5, or a percentage such as"
              + " 91%% (0.91). Repeat for each variable.")
  Map<String, String> variables = new LinkedHashMap<>();

  @Override
  public Integer call() {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    variables.forEach((name, value) -> values.put(name, number(name, value)));
    double value;
    Formula formula;
    try {
      formula = Formula.compile(expression);
      value = formula.evaluate(values);
    } catch (FormulaException e) {
      if (e.kind() == FormulaException.Kind.MISSING_VARIABLE && e.variable().isPresent()) {
        err().println("kpi4j: " + messages().get("error.missingVariable", e.variable().get()));
      } else {
        err().println("kpi4j: " + e.getMessage());
      }
      return ExitStatus.USAGE;
    }
    BigDecimal result = Json.plain(new BigDecimal(value).round(DOUBLE_DIGITS));
    if (json()) {
      Json.print(Json.object().put("value", result), out());
    } else {
      out().println(result.toPlainString());
      Optional<String> printed = formula.printedValue();
      printed.ifPresent(p -> out().println(messages().get("formula.printed", p)));
    }
    return ExitStatus.OK;
  }

  /** A number as a plan writes one; a percentage is a fraction. Anything else is bad usage. */
  private BigDecimal number(String name, String value) {
    Optional<Quantity> quantity = Quantity.parse(value);
    boolean plain =
        quantity.isPresent()
            && (quantity.get().unit().isNone() || quantity.get().unit().isPercent());
    if (!plain) {
      throw new ParameterException(
          spec.commandLine(), messages().get("error.badVariable", name, value));
    }
    return quantity.get().value();
  }
}
