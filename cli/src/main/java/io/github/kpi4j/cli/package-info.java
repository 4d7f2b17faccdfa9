/**
 * The {@code kpi4j} command line: {@link io.github.kpi4j.cli.Main} parses the command with picocli
 * and runs one of {@code validate}, {@code evaluate}, {@code formula}, {@code export} and {@code
 * demo}. The commands write text for people (aligned tables that count East Asian wide characters
 * as two columns, colours on a terminal) or JSON for programs, and end with exit status 0, 1 or 2
 * as the CLI contract defines them. An application, not a library: nothing here is API.
 */
package io.github.kpi4j.cli;
