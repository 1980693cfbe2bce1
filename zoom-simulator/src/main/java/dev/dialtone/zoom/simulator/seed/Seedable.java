package dev.dialtone.zoom.simulator.seed;

/** A piece of simulator state that is wiped and rebuilt from a seed on reset. */
public interface Seedable {

	void apply(Seed seed);

}
