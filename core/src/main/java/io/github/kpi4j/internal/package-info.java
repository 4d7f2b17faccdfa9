/**
 * Internals shared by kpi4j's library modules, never part of the API: the message catalogues
 * ({@link io.github.kpi4j.internal.MessageCatalogue}, one escaping rule), the two languages ({@link
 * io.github.kpi4j.internal.Locales}), decimals ({@link io.github.kpi4j.internal.Decimals}), display
 * width ({@link io.github.kpi4j.internal.DisplayWidth}), the preconditions ({@link
 * io.github.kpi4j.internal.Assert}) and the model's Immutables style. The core's module exports
 * this package only to kpi4j's own modules (a qualified export), as AssertJ shares its internals.
 */
package io.github.kpi4j.internal;
