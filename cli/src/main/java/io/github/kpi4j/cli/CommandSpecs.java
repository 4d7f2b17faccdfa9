package io.github.kpi4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Describes the commands to picocli in code, in picocli's own model ({@link CommandSpec}, {@link
 * OptionSpec}, {@link PositionalParamSpec}), rather than in annotations: reading annotations would
 * be a third of a short command's start, since the JDK generates a class for each annotation type
 * it meets and picocli looks at every field and method of a command and of its superclasses. Each
 * command describes itself in its {@code describe} method, in the words of picocli's annotations:
 * header, description, exit codes, options and parameters.
 */
final class CommandSpecs {
  /**
   * What picocli creates by class: here only the lists of options and parameters that take several
   * values, since every converter and provider is given as an object. Not picocli's default
   * factory, whose set-up looks for Groovy's classes on the class path: a class lookup that fails,
   * in every run.
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
   * @return a required positional parameter (every command's parameters are) to describe further:
   *     its index or arity, label, description
   */
  static PositionalParamSpec.Builder parameter(Arg<?> value) {
    // Required, as picocli makes an annotated parameter whose arity needs a value; a described
    // one would otherwise be optional, and a command would run without it.
    return PositionalParamSpec.builder()
        .required(true)
        .type(value.type())
        .auxiliaryTypes(value.element())
        .initialValue(value.value())
        .getter(value)
        .setter(value);
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
      Map<String, String> list = new LinkedHashMap<>();
      for (String code : codes) {
        int colon = code.indexOf(':');
        list.put(code.substring(0, colon), code.substring(colon + 1));
      }
      spec.usageMessage().exitCodeList(list);
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
      spec.addPositional(parameter.build());
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
