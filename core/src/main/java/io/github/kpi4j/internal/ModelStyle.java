package io.github.kpi4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the kpi4j model: generated implementations stay package-private
 * behind each type's {@code builder()} and factories, so the public API is the domain's own
 * vocabulary; optional values are {@link java.util.Optional}; no Guava.
 *
 * <p>The generated builder is package-private too, and each public {@code Builder} extends it:
 * javadoc then documents every inherited setter on the public builder's own page, with its own
 * comment, rather than listing the setters by name as inherited from a class a user cannot see.
 *
 * <p>A builder's {@code build()} with a required attribute never set throws {@link
 * NullPointerException}, as setting it to {@code null} does: both are the same programming error,
 * and the JDK's exceptions are what the API names for programming errors (not Immutables' {@link
 * IllegalStateException}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    throwForInvalidImmutableState = NullPointerException.class,
    defaults = @Value.Immutable(copy = false))
public @interface ModelStyle {}
