"""torch.optim step times on the shapes of bench/optimizers.ts (a 1000x1000 weight + a 1000 bias), as context.

Reads a JSON list of {"label", "spec": {"name": torch.optim class, ...kwargs}} on stdin; prints one JSON line:
[{"label", "cold", "warm"}] in ms per step. One thread, like our wasm backend. cold: a 64 MB buffer is written
before each timed step (untimed), as in bench/optimizers.ts; warm: steps back to back. Median over rounds.
"""
import argparse
import json
import sys
import time

import torch


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--block", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(0)
    wanted = json.load(sys.stdin)
    flush = torch.zeros(16 << 20)
    grads = [torch.randn(1000, 1000), torch.randn(1000)]
    out = []
    for item in wanted:
        spec = dict(item["spec"])
        cls = getattr(torch.optim, spec.pop("name"))
        params = [torch.nn.Parameter(torch.randn(1000, 1000) * 0.02), torch.nn.Parameter(torch.zeros(1000))]
        for p, g in zip(params, grads):
            p.grad = g.clone()
        opt = cls(params, **spec)
        for _ in range(6):
            opt.step()

        def timed(cold):
            total = 0.0
            for _ in range(args.block):
                if cold:
                    flush.add_(1.0)
                t0 = time.perf_counter()
                opt.step()
                total += time.perf_counter() - t0
            return total * 1000 / args.block

        res = {}
        for mode in ("cold", "warm"):
            xs = sorted(timed(mode == "cold") for _ in range(args.rounds))
            res[mode] = xs[len(xs) // 2]
        out.append({"label": item["label"], **res})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
