package io.github.kpi4j.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Range;

/**
 * Describes the commands to picocli in code, in picocli's own model ({@link CommandSpec}, {@link
 * OptionSpec}, {@link PositionalParamSpec}), rather than in annotations: reading annotations would
 * be a third of a short command's start, since the JDK generates a class for each annotation type
 * it meets and picocli looks at every field and method of a command and of its superclasses. Each
 * command describes itself in its {@code describeOwn} method, in the words of picocli's
 * annotations: header, description, exit codes, options and parameters.
 */
final class CommandSpecs {
  /**
   * What picocli creates by class: the lists of options and parameters that take several values,
   * and nothing else, since every converter, provider and preprocessor is given as an object (any
   * other class would go to picocli's default factory). Picocli's default factory is not asked
   * first because its set-up looks for Groovy's classes on the class path: a class lookup that
   * fails, in every run.
   */
  static final IFactory FACTORY =
      new IFactory() {
        @Override
        public <K> K create(Class<K> type) throws Exception {
          if (type == List.class) {
            return type.cast(new ArrayList<>());
          }
          return CommandLine.defaultFactory().create(type);
        }
      };

  private CommandSpecs() {}

  /**
   * @param command the object picocli runs: a {@link Runnable} or a {@link
   *     java.util.concurrent.Callable}
   * @param name the command's name
   * @return the description of a command, to which the help's text, options and parameters are
   *     added
   */
  static Builder command(Object command, String name) {
    return new Builder(command, name);
  }

  /**
   * @param value where the option's value goes, and its type
   * @param names the option's names, such as {@code -o} and {@code --output}
   * @return an option to describe further: its label, its description
   */
  static OptionSpec.Builder option(Arg<?> value, String... names) {
    return OptionSpec.builder(names)
        .type(value.type())
        .auxiliaryTypes(value.element())
        .initialValue(value.value())
        .getter(value)
        .setter(value);
  }

  /**
   * @param value where the option's value goes, and its type
   * @param converter reads the value from its text
   * @param names the option's names
   * @return an option to describe further
   */
  static OptionSpec.Builder option(Arg<?> value, ITypeConverter<?> converter, String... names) {
    return option(value, names).converters(converter);
  }

  /**
   * @param value where the parameter's value goes, and its type
   * @return a positional parameter to describe further: its index or arity, label, description
   */
  static PositionalParamSpec.Builder parameter(Arg<?> value) {
    // The same settings as an option's: picocli's common builder of both is not public.
    return PositionalParamSpec.builder()
        .type(value.type())
        .auxiliaryTypes(value.element())
        .initialValue(value.value())
        .getter(value)
        .setter(value);
  }

  /**
   * @param description what the option says in the help
   * @return {@code -h} and {@code --help}, which show the help
   */
  static OptionSpec.Builder helpOption(String description) {
    return OptionSpec.builder("-h", "--help")
        .type(boolean.class)
        .usageHelp(true)
        .description(description);
  }

  /** A command's description under construction. */
  static final class Builder {
    private final CommandSpec spec;

    private Builder(Object command, String name) {
      spec = CommandSpec.wrapWithoutInspection(command, FACTORY);
      spec.name(name);
      // Every command lists its options in the order described, and its exit codes last.
      spec.usageMessage().sortOptions(false).exitCodeListHeading("%nExit status:%n");
    }

    /**
     * @param lines the help's first lines: what the command does, in the list of commands too
     * @return this builder
     */
    Builder header(String... lines) {
      spec.usageMessage().header(lines);
      return this;
    }

    /**
     * @param lines the help's paragraphs after the usage line, in picocli's format ({@code %%} for
     *     a percent sign)
     * @return this builder
     */
    Builder description(String... lines) {
      spec.usageMessage().description(lines);
      return this;
    }

    /**
     * @param codes each exit status and its meaning, as {@code "0:meaning"}
     * @return this builder
     */
    Builder exitCodes(String... codes) {
      spec.usageMessage().exitCodeList(UsageMessageSpec.keyValuesMap(codes));
      return this;
    }

    /**
     * @param option an option, added after those added before
     * @return this builder
     */
    Builder add(OptionSpec.Builder option) {
      spec.addOption(option.build());
      return this;
    }

    /**
     * @param parameter a positional parameter, added after those added before
     * @return this builder
     */
    Builder add(PositionalParamSpec.Builder parameter) {
      // Required when its arity needs a value, as picocli makes an annotated parameter; a described
      // one would otherwise be optional, and a command would run without it.
      Range arity = parameter.arity();
      spec.addPositional(parameter.required(arity == null || arity.min() > 0).build());
      return this;
    }

    /**
     * @return the description, for further settings of picocli's own
     */
    CommandSpec spec() {
      return spec;
    }
  }
}
