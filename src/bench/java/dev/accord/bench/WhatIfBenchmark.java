package dev.accord.bench;

import dev.accord.Decision;
import dev.accord.FactSet;
import dev.accord.RulePack;
import dev.accord.analysis.Counterfactuals;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What issue 6 asks of speed, in one run: evaluations per second of the default decision with
 * both cores busy (the verdict only; derivations are built when first read), and the time of a
 * what-if search for WITHDRAW with up to two changes on the default fact set. The baseline is
 * one evaluation on one thread, measured in the same run.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WhatIfBenchmark {

    RulePack pack;
    FactSet facts;

    @Setup
    public void setUp() {
        pack = RulePack.load(DecisionBenchmark.PACK);
        facts = FactSet.load(DecisionBenchmark.FACTS);
    }

    /** Baseline: one evaluation at a time. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Decision evaluateOneThread() {
        return pack.evaluate(facts);
    }

    /** Evaluations per second with two threads sharing the pack. */
    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Decision evaluateTwoThreads() {
        return pack.evaluate(facts);
    }

    /** The what-if search of `./accord what-if --target WITHDRAW` (up to 2 changes). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Counterfactuals.Result whatIfWithdraw() {
        return Counterfactuals.search(pack, facts, Counterfactuals.Options.defaults().withTarget("WITHDRAW"));
    }
}
