/**
 * Benchmarks, run on demand (never by the test suite): they fill the throwaway database with a
 * large data set, drive the real pages, and report figures rather than assert timings.
 * Run: {@code ./revitems test -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CompanyListBenchmark}
 * (or {@code DashboardBenchmark}, {@code CompanyImportBenchmark}); figures in target/benchmarks/.
 */
package fr.revitems.benchmark;
