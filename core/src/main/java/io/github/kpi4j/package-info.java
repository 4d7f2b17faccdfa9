/**
 * The exceptions kpi4j throws for bad input.
 *
 * <p>Programming errors (a {@code null} argument, a value a type can never hold) raise the JDK's
 * own {@link java.lang.NullPointerException} and {@link java.lang.IllegalArgumentException}. Input
 * that a user or another system supplied and that kpi4j cannot use raises a subclass of {@link
 * io.github.kpi4j.Kpi4jException}, which says where the problem is.
 */
package io.github.kpi4j;
