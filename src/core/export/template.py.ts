/**
 * The Python source of an exported run after its settings block (see pytorchExport.ts): parameter partition,
 * LambdaLR schedule, Lion / SophiaG / Muon / MuonClip written out as torch.optim.Optimizer subclasses, the
 * config → optimizer mapping, replay mode, a tiny default model and data, and the torchrun/DDP training loop.
 *
 * It reads the module-level names EXPERIMENT, RUN, SOURCE, STEPS, EVAL_EVERY, SEEDS, OPTIMIZER, SCHEDULE and
 * TASK that the exporter writes above it. Kept as a raw string so the Python reads exactly as written (no
 * backticks or dollar-brace in it); the export tests run it with python3 against the PyTorch fixtures.
 */
import { AUTHORS_OPTIMIZERS_PY } from './authorsTemplate.py';

export const PYTORCH_TEMPLATE: string = String.raw`import argparse
import json
import math
import os
import random
import re
import sys
import time

import torch
import torch.distributed as dist
import torch.nn as nn
import torch.nn.functional as F

# =============================================================================================================
# Parameter partition (Muon, MuonClip and the hybrid): Muon orthogonalises the update of *hidden 2-D weights*
# only; embeddings, the output head, norm gains and biases (and every 1-D parameter) go to AdamW. The role of
# a parameter comes from its name; edit these patterns for your model. The partition is printed at start.
# =============================================================================================================
EMBEDDING_PATTERNS = [r"(^|\.)(tok_emb|pos_emb|wte|wpe|embed\w*|embedding\w*)(\.|$)"]
HEAD_PATTERNS = [r"(^|\.)(lm_head|head|output|classifier)(\.|$)"]
NORM_PATTERNS = [r"(^|\.)(ln\w*|norm\w*|\w*_norm|layernorm\w*|rms_norm\w*)(\.|$)"]
ROLES = ("hidden", "embedding", "head", "norm", "bias")


def param_role(name, p):
    """'embedding' | 'head' | 'norm' | 'bias' | 'hidden' for a parameter (see the patterns above)."""
    if any(re.search(pat, name) for pat in EMBEDDING_PATTERNS):
        return "embedding"
    if any(re.search(pat, name) for pat in HEAD_PATTERNS):
        return "head"
    if any(re.search(pat, name) for pat in NORM_PATTERNS):
        return "norm"
    if p.dim() < 2:
        return "bias"
    return "hidden"


# =============================================================================================================
# Learning-rate schedule: a multiplier lambda(t) of each group's base LR (torch LambdaLR convention: step
# t = 0, 1, ... trains with base * lambda(t); call scheduler.step() after optimizer.step()).
# =============================================================================================================
def make_lr_lambda(schedule, total_steps):
    """Every schedule starts with a linear warmup t < w: t / max(1, w) (warmupSteps w, default 0), then
    constant      1
    linear        max(0, (T - t) / max(1, T - w))                                   (T = total_steps)
    warmup_cosine p = (t - w) / max(1, T - w); r + (1 - r) * max(0, (1 + cos(2 pi numCycles p)) / 2)
                  (numCycles 0.5, minLrRatio r 0.1)
    inverse_sqrt  1 / sqrt((t + tau - w) / tau)   (timescale tau, default w, or 10000 when w = 0)
    wsd           1 while t < w + s, then q = (t - w - s) / d over decaySteps d: linear r + (1 - r)(1 - q),
                  cosine r + (1 - r)(1 + cos(pi q)) / 2, 1-sqrt r + (1 - r)(1 - sqrt(q)); r after
                  (stableSteps s 0, decaySteps d 0, minLrRatio r 0.1, decayType linear)"""
    s = dict(schedule or {"type": "constant"})
    kind = s.pop("type", "constant")
    known = {
        "constant": {"warmupSteps"},
        "linear": {"warmupSteps"},
        "warmup_cosine": {"warmupSteps", "numCycles", "minLrRatio"},
        "inverse_sqrt": {"warmupSteps", "timescale"},
        "wsd": {"warmupSteps", "stableSteps", "decaySteps", "minLrRatio", "decayType"},
    }
    if kind not in known:
        raise ValueError("unknown schedule type %r (expected one of %s)" % (kind, ", ".join(known)))
    unknown = set(s) - known[kind]
    if unknown:
        raise ValueError("unknown option(s) %s for schedule %s" % (", ".join(sorted(unknown)), kind))
    w = int(s.get("warmupSteps", 0))
    T = int(total_steps)
    r = float(s.get("minLrRatio", 0.1))

    def warm(t):
        return t / max(1, w)

    if kind == "constant":
        return lambda t: warm(t) if t < w else 1.0
    if kind == "linear":
        return lambda t: warm(t) if t < w else max(0.0, (T - t) / max(1, T - w))
    if kind == "warmup_cosine":
        k = 2 * math.pi * float(s.get("numCycles", 0.5))
        span = max(1, T - w)
        return lambda t: warm(t) if t < w else r + (1 - r) * max(0.0, 0.5 * (1 + math.cos(k * ((t - w) / span))))
    if kind == "inverse_sqrt":
        tau = float(s["timescale"]) if "timescale" in s else float(w if w > 0 else 10000)
        return lambda t: warm(t) if t < w else 1 / math.sqrt((t + tau - w) / tau)
    stable, decay = int(s.get("stableSteps", 0)), int(s.get("decaySteps", 0))
    decay_type = s.get("decayType", "linear")
    shapes = {
        "linear": lambda q: 1 - q,
        "cosine": lambda q: 0.5 * (1 + math.cos(math.pi * q)),
        "1-sqrt": lambda q: 1 - math.sqrt(q),
    }
    if decay_type not in shapes:
        raise ValueError("unknown wsd decayType %r" % (decay_type,))
    shape = shapes[decay_type]

    def wsd(t):
        if t < w:
            return warm(t)
        if t < w + stable:
            return 1.0
        if t < w + stable + decay:
            return r + (1 - r) * shape((t - w - stable) / decay)
        return r

    return wsd


# =============================================================================================================
# Optimizers written out (float32, same formulas and defaults as Optimizer Lab). The classic ones (sgd ...
# nadam) are torch.optim's own classes, see build_optimizer().
# =============================================================================================================
class Lion(torch.optim.Optimizer):
    """Lion (Chen et al., 2023). Defaults lr 1e-4, betas (0.9, 0.99), weight_decay 0 (decoupled). Per step:
    p <- p (1 - lr wd);  p <- p - lr sign(b1 m + (1 - b1) g);  m <- b2 m + (1 - b2) g."""

    def __init__(self, params, lr=1e-4, betas=(0.9, 0.99), weight_decay=0.0):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), weight_decay=weight_decay))

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, wd = group["lr"], group["weight_decay"]
            b1, b2 = group["betas"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = p.grad
                state = self.state[p]
                if not state:
                    state["exp_avg"] = torch.zeros_like(p)
                m = state["exp_avg"]
                p.mul_(1 - lr * wd)
                c = m * b1 + g * (1 - b1)
                p.add_(torch.sign(c), alpha=-lr)
                m.mul_(b2).add_(g, alpha=1 - b2)
        return loss


class SophiaG(torch.optim.Optimizer):
    """SophiaG (Liu et al., 2023). Defaults lr 1e-4, betas (0.965, 0.99), rho 0.04, weight_decay 0.1
    (decoupled), hessian_interval 10. Per step:
      p <- p (1 - lr wd);  m <- b1 m + (1 - b1) g;  p <- p - lr sign(m) min(|m| / (rho h + 1e-15), 1)
    and on refresh steps (t % hessian_interval == 0, 0-based, after the step) update_hessian(h_hat):
      h <- b2 h + (1 - b2) h_hat.   h starts at 0, so until the first estimate every coordinate takes the
    clipped (sign) step. h_hat is the Gauss-Newton-Bartlett estimate: (tokens in batch) * g_hat * g_hat with
    g_hat the gradient of the loss on labels sampled from the model (see hessian_estimate())."""

    def __init__(self, params, lr=1e-4, betas=(0.965, 0.99), rho=0.04, weight_decay=0.1, hessian_interval=10):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), rho=rho, weight_decay=weight_decay))
        self.hessian_interval = int(hessian_interval)

    def wants_hessian(self, t):
        return t % self.hessian_interval == 0

    def _state(self, p):
        state = self.state[p]
        if not state:
            state["exp_avg"] = torch.zeros_like(p)
            state["hessian"] = torch.zeros_like(p)
        return state

    @torch.no_grad()
    def update_hessian(self, estimates):
        """estimates: {param tensor: h_hat tensor of its shape} (parameters missing from it are left as is)."""
        for group in self.param_groups:
            b2 = group["betas"][1]
            for p in group["params"]:
                if p in estimates:
                    self._state(p)["hessian"].mul_(b2).add_(estimates[p], alpha=1 - b2)

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            lr, wd, rho = group["lr"], group["weight_decay"], group["rho"]
            b1 = group["betas"][0]
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self._state(p)
                m, h = state["exp_avg"], state["hessian"]
                p.mul_(1 - lr * wd)
                m.mul_(b1).add_(p.grad, alpha=1 - b1)
                ratio = (m.abs() / (rho * h + 1e-15)).clamp(max=1)
                p.addcmul_(m.sign(), ratio, value=-lr)
        return loss


JORDAN_NS5 = (3.4445, -4.7750, 2.0315)


def ns_coefficients_at(coefficients, i):
    """One (a, b, c) triple for every iteration, or a per-iteration list (the last entry repeats)."""
    if len(coefficients) == 3 and all(isinstance(v, (int, float)) for v in coefficients):
        return coefficients
    return coefficients[min(i, len(coefficients) - 1)]


def newton_schulz(u, steps=5, coefficients=JORDAN_NS5):
    """X <- u / (||u||_F + 1e-7), transposed if rows > cols; "steps" times: A <- X X^T; X <- aX + (bA + cA^2) X;
    transposed back. Pushes every singular value of u towards 1 (an approximate polar factor U V^T)."""
    x = u.float()
    x = x / (x.norm() + 1e-7)
    tall = x.size(0) > x.size(1)
    if tall:
        x = x.T
    for i in range(steps):
        a, b, c = ns_coefficients_at(coefficients, i)
        A = x @ x.T
        B = b * A + c * (A @ A)
        x = a * x + B @ x
    if tall:
        x = x.T
    return x


def muon_scale(rows, cols, adjust_lr):
    """'original': sqrt(max(1, rows/cols)) (Keller Jordan); 'match_rms_adamw': 0.2 sqrt(max(rows, cols))
    (Moonlight: the update RMS of AdamW, so AdamW's LR and weight decay carry over)."""
    if adjust_lr == "original":
        return math.sqrt(max(1.0, rows / cols))
    if adjust_lr == "match_rms_adamw":
        return 0.2 * math.sqrt(max(rows, cols))
    raise ValueError("adjustLr must be 'original' or 'match_rms_adamw', got %r" % (adjust_lr,))


class Muon(torch.optim.Optimizer):
    """Muon (Keller Jordan, 2024) for hidden matrices + torch.optim.AdamW for every other parameter, in one
    optimizer so that one LambdaLR drives both groups (each with its own base LR). Param group "muon":
      b <- b + (1 - mu)(g - b);  u <- nesterov ? g + mu (b - g) : b;  X <- newton_schulz(u viewed [rows, cols])
      p <- p (1 - lr wd) - lr scale X      (rows/cols: the [out, in] layout; >2-D weights viewed [shape[0], rest])
    Defaults: lr 0.02, momentum 0.95, nesterov True, ns_steps 5, ns_coefficients (3.4445, -4.7750, 2.0315),
    adjust_lr 'original', weight_decay 0. Param group "adamw": torch.optim.AdamW itself with that group's LR
    (Optimizer Lab's "fallback": lr 3e-4, betas (0.9, 0.95), eps 1e-8, weight_decay 0.01)."""

    def __init__(self, muon_params, adamw_params, lr=0.02, momentum=0.95, nesterov=True, ns_steps=5,
                 ns_coefficients=JORDAN_NS5, adjust_lr="original", weight_decay=0.0,
                 adamw_lr=3e-4, adamw_betas=(0.9, 0.95), adamw_eps=1e-8, adamw_weight_decay=0.01, adamw_amsgrad=False):
        muon_params, adamw_params = list(muon_params), list(adamw_params)
        for p in muon_params:
            if p.dim() < 2:
                raise ValueError("Muon updates matrices only; a %d-D parameter belongs to the AdamW group" % p.dim())
        groups = []
        if muon_params:
            groups.append(dict(params=muon_params, name="muon", use_muon=True, lr=lr, momentum=momentum,
                               nesterov=nesterov, ns_steps=int(ns_steps), ns_coefficients=ns_coefficients,
                               adjust_lr=adjust_lr, weight_decay=weight_decay))
        if adamw_params:
            groups.append(dict(params=adamw_params, name="adamw", use_muon=False, lr=adamw_lr))
        super().__init__(groups, {})
        self._adamw = (torch.optim.AdamW(adamw_params, lr=adamw_lr, betas=tuple(adamw_betas), eps=adamw_eps,
                                         weight_decay=adamw_weight_decay, amsgrad=adamw_amsgrad)
                       if adamw_params else None)

    def state_dict(self):
        sd = super().state_dict()
        sd["adamw"] = self._adamw.state_dict() if self._adamw is not None else None
        return sd

    def load_state_dict(self, state_dict):
        state_dict = dict(state_dict)
        inner = state_dict.pop("adamw", None)
        super().load_state_dict(state_dict)
        if inner is not None and self._adamw is not None:
            self._adamw.load_state_dict(inner)

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            if not group["use_muon"]:
                self._adamw.param_groups[0]["lr"] = group["lr"]
                self._adamw.step()
                continue
            lr, mu, wd = group["lr"], group["momentum"], group["weight_decay"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = p.grad
                state = self.state[p]
                if not state:
                    state["momentum_buffer"] = torch.zeros_like(p)
                buf = state["momentum_buffer"]
                rows = p.size(0)
                cols = p.numel() // rows
                buf.add_((g - buf) * (1 - mu))
                u = g + mu * (buf - g) if group["nesterov"] else buf
                x = newton_schulz(u.reshape(rows, cols), group["ns_steps"], group["ns_coefficients"])
                p.mul_(1 - lr * wd)
                p.add_(x.reshape(p.shape).to(p.dtype), alpha=-lr * muon_scale(rows, cols, group["adjust_lr"]))
        return loss


class MuonClip(Muon):
    """Muon + QK-clip (Kimi K2, 2025). After each optimizer step call qk_clip(stats, step): for every attention
    head whose max pre-softmax logit S (1/sqrt(d_head) included, max over the batch) exceeds tau
    (qk_clip_threshold, 100), eta = tau / S and that head's W_q rows are multiplied by eta^alpha, its W_k rows
    by eta^(1 - alpha) (qk_clip_alpha 0.5), so the head's logits shrink by exactly eta. Rows, because in the
    nn.Linear [out, in] layout a head's output features are rows. Returns the clip events, which the training
    loop logs (qkclip.jsonl)."""

    def __init__(self, muon_params, adamw_params, qk_clip_threshold=100.0, qk_clip_alpha=0.5, **kw):
        super().__init__(muon_params, adamw_params, **kw)
        self.qk_clip_threshold = float(qk_clip_threshold)
        self.qk_clip_alpha = float(qk_clip_alpha)

    @torch.no_grad()
    def qk_clip(self, stats, step):
        """stats: [{"layer", "head", "max_logit", "q": (weight, (row0, row1)), "k": (weight, (row0, row1))}]."""
        events = []
        tau, alpha = self.qk_clip_threshold, self.qk_clip_alpha
        for s in stats:
            S = float(s["max_logit"])
            if not S > tau:
                continue
            eta = tau / S
            (wq, (q0, q1)), (wk, (k0, k1)) = s["q"], s["k"]
            wq[q0:q1].mul_(eta ** alpha)
            wk[k0:k1].mul_(eta ** (1 - alpha))
            events.append({"step": step, "layer": s["layer"], "head": s["head"], "maxLogit": S, "eta": eta})
        return events


# =============================================================================================================
# Optimizer Lab config -> torch optimizer (camelCase options as in *.optlab.json; defaults as Optimizer Lab).
# =============================================================================================================
TORCH_CLASSES = {
    # type: (torch.optim class, defaults added on top of torch's own)
    "sgd": ("SGD", {"lr": 1e-3}),
    "bgd": ("SGD", {"lr": 1e-3}),  # = sgd; "full batch" is your get_batch()'s business
    "momentum": ("SGD", {"lr": 1e-3, "momentum": 0.9}),
    "nag": ("SGD", {"lr": 1e-3, "momentum": 0.9, "nesterov": True}),
    "adagrad": ("Adagrad", {}),
    "adadelta": ("Adadelta", {}),
    "rmsprop": ("RMSprop", {}),
    "adam": ("Adam", {}),
    "adamw": ("AdamW", {}),
    "adamax": ("Adamax", {}),
    "nadam": ("NAdam", {}),
}
TORCH_KWARGS = {
    "lr": "lr", "momentum": "momentum", "dampening": "dampening", "nesterov": "nesterov",
    "weightDecay": "weight_decay", "lrDecay": "lr_decay", "initialAccumulatorValue": "initial_accumulator_value",
    "eps": "eps", "rho": "rho", "alpha": "alpha", "centered": "centered", "betas": "betas", "amsgrad": "amsgrad",
    "momentumDecay": "momentum_decay",
}
TORCH_OPTIONS = {
    "SGD": {"lr", "momentum", "dampening", "nesterov", "weightDecay"},
    "Adagrad": {"lr", "lrDecay", "weightDecay", "initialAccumulatorValue", "eps"},
    "Adadelta": {"lr", "rho", "eps", "weightDecay"},
    "RMSprop": {"lr", "alpha", "eps", "weightDecay", "momentum", "centered"},
    "Adam": {"lr", "betas", "eps", "weightDecay", "amsgrad"},
    "AdamW": {"lr", "betas", "eps", "weightDecay", "amsgrad"},
    "Adamax": {"lr", "betas", "eps", "weightDecay"},
    "NAdam": {"lr", "betas", "eps", "weightDecay", "momentumDecay"},
}
MUON_KEYS = {"lr", "momentum", "nesterov", "nsSteps", "nsCoefficients", "adjustLr", "weightDecay"}
ADAMW_SUB_KEYS = {"lr", "betas", "eps", "weightDecay"}


def _check_keys(cfg, allowed, where):
    unknown = sorted(set(cfg) - set(allowed) - {"type"})
    if unknown:
        raise ValueError("unknown option(s) %s for %s (known: %s)" % (", ".join(unknown), where, ", ".join(sorted(allowed))))


def _muon_kwargs(m, default_wd):
    return dict(lr=m.get("lr", 0.02), momentum=m.get("momentum", 0.95), nesterov=m.get("nesterov", True),
                ns_steps=m.get("nsSteps", 5), ns_coefficients=m.get("nsCoefficients", list(JORDAN_NS5)),
                adjust_lr=m.get("adjustLr", "original"), weight_decay=m.get("weightDecay", default_wd))


def _adamw_kwargs(a, lr, betas, wd):
    return dict(adamw_lr=a.get("lr", lr), adamw_betas=tuple(a.get("betas", betas)), adamw_eps=a.get("eps", 1e-8),
                adamw_weight_decay=a.get("weightDecay", wd), adamw_amsgrad=a.get("amsgrad", False))


# Optimizers restated from their authors' repositories (SPEC §11): kind -> builder(kind, opts, named_params, roles).
AUTHORS_BUILDERS = {}
${AUTHORS_OPTIMIZERS_PY}

def build_optimizer(cfg, named_params, roles=None):
    """cfg: the run's "optimizer" object; named_params: [(name, tensor)]; roles: {name: role} (default:
    param_role()). Returns (optimizer, partition) with partition = [(group, rule, [names], size)]."""
    kind = cfg.get("type")
    opts = {k: v for k, v in cfg.items() if k != "type"}
    roles = dict(roles or {})
    for name, p in named_params:
        roles.setdefault(name, param_role(name, p))
    params = [p for _, p in named_params]
    names = [n for n, _ in named_params]
    size = sum(p.numel() for p in params)
    if kind in TORCH_CLASSES:
        cls_name, extra = TORCH_CLASSES[kind]
        _check_keys(opts, TORCH_OPTIONS[cls_name], kind)
        kw = {TORCH_KWARGS[k]: v for k, v in extra.items()}
        for k, v in opts.items():
            kw[TORCH_KWARGS[k]] = tuple(v) if k == "betas" else v
        return getattr(torch.optim, cls_name)(params, **kw), [("default", kind, names, size)]
    if kind == "lion":
        _check_keys(opts, {"lr", "betas", "weightDecay"}, kind)
        opt = Lion(params, lr=opts.get("lr", 1e-4), betas=tuple(opts.get("betas", (0.9, 0.99))),
                   weight_decay=opts.get("weightDecay", 0.0))
        return opt, [("default", kind, names, size)]
    if kind == "sophia":
        _check_keys(opts, {"lr", "betas", "rho", "weightDecay", "hessianInterval"}, kind)
        opt = SophiaG(params, lr=opts.get("lr", 1e-4), betas=tuple(opts.get("betas", (0.965, 0.99))),
                      rho=opts.get("rho", 0.04), weight_decay=opts.get("weightDecay", 0.1),
                      hessian_interval=opts.get("hessianInterval", 10))
        return opt, [("default", kind, names, size)]
    if kind in AUTHORS_BUILDERS:
        return AUTHORS_BUILDERS[kind](kind, opts, named_params, roles)
    if kind in ("muon", "muonclip", "hybrid"):
        if kind == "hybrid":
            _check_keys(opts, {"muon", "adamw"}, kind)
            m, a = dict(opts.get("muon", {})), dict(opts.get("adamw", {}))
            _check_keys(m, MUON_KEYS, "hybrid.muon")
            _check_keys(a, ADAMW_SUB_KEYS | {"amsgrad"}, "hybrid.adamw")
            kw = dict(_muon_kwargs(m, 0.01), **_adamw_kwargs(a, 1e-3, (0.9, 0.999), 0.01))
        else:
            clip = {"qkClipThreshold", "qkClipAlpha"} if kind == "muonclip" else set()
            _check_keys(opts, MUON_KEYS | {"fallback"} | clip, kind)
            fb = dict(opts.get("fallback", {}))
            _check_keys(fb, ADAMW_SUB_KEYS, kind + ".fallback")
            kw = dict(_muon_kwargs(opts, 0.0), **_adamw_kwargs(fb, 3e-4, (0.9, 0.95), 0.01))
        is_muon = [roles[n] == "hidden" and p.dim() >= 2 for n, p in named_params]
        muon_ps = [p for p, m in zip(params, is_muon) if m]
        adamw_ps = [p for p, m in zip(params, is_muon) if not m]
        if kind == "muonclip":
            opt = MuonClip(muon_ps, adamw_ps, qk_clip_threshold=opts.get("qkClipThreshold", 100.0),
                           qk_clip_alpha=opts.get("qkClipAlpha", 0.5), **kw)
        else:
            opt = Muon(muon_ps, adamw_ps, **kw)
        partition = [
            ("muon", "muon", [n for n, m in zip(names, is_muon) if m], sum(p.numel() for p in muon_ps)),
            ("adamw", "adamw", [n for n, m in zip(names, is_muon) if not m], sum(p.numel() for p in adamw_ps)),
        ]
        return opt, partition
    raise ValueError("unknown optimizer type %r" % (kind,))


def group_lrs(optimizer):
    """{group name: current LR} in Optimizer Lab's metrics format."""
    return {g.get("name", "default"): g["lr"] for g in optimizer.param_groups}


# =============================================================================================================
# Replay mode (conformance): the same optimizer + schedule code on given parameters and gradients.
#   python3 THIS_FILE --replay INPUT.json [INPUT2.json ...]   ->  one {"params": [...]} line per input
# INPUT = {"optimizer", "schedule"?, "params": {name: {"shape", "values"}}, "grads": [{name: values}, ...],
#          "hessians"?: [null | {name: values}], "roles"?: {name: role}}   (row-major values; float32)
# =============================================================================================================
def replay(inp):
    cfg = inp.get("optimizer") or OPTIMIZER
    roles = dict(inp.get("roles") or {})
    named = []
    for name, spec in inp["params"].items():
        p = torch.tensor(spec["values"], dtype=torch.float32).reshape(spec["shape"]).requires_grad_(True)
        roles.setdefault(name, "hidden" if len(spec["shape"]) >= 2 else "bias")
        named.append((name, p))
    optimizer, _ = build_optimizer(cfg, named, roles)
    steps = len(inp["grads"])
    scheduler = None
    if inp.get("schedule"):
        scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, make_lr_lambda(inp["schedule"], steps))
    hessians = inp.get("hessians") or []
    out = []
    for t, g in enumerate(inp["grads"]):
        for name, p in named:
            p.grad = torch.tensor(g[name], dtype=torch.float32).reshape(p.shape)
        optimizer.step()
        h = hessians[t] if t < len(hessians) else None
        if h is not None:
            optimizer.update_hessian({p: torch.tensor(h[n], dtype=torch.float32).reshape(p.shape) for n, p in named})
        if scheduler is not None:
            scheduler.step()
        out.append({name: p.detach().reshape(-1).tolist() for name, p in named})
    return {"params": out}


# =============================================================================================================
# Your model and data. The defaults (a tiny character-level transformer on a built-in synthetic corpus, or on
# --data FILE) let this file run as is; replace build_model(), get_batch() and loss_fn() with your own.
# =============================================================================================================
def task_option(key, default):
    return TASK.get(key, default) if TASK.get("type") == "char_lm" else default


class Attention(nn.Module):
    """Causal multi-head attention with separate q/k/v projections, recording each head's max pre-softmax
    logit (1/sqrt(d_head) included) of the last training forward, for MuonClip's QK-clip."""

    def __init__(self, d, heads):
        super().__init__()
        self.heads, self.dh = heads, d // heads
        self.q = nn.Linear(d, d, bias=False)
        self.k = nn.Linear(d, d, bias=False)
        self.v = nn.Linear(d, d, bias=False)
        self.proj = nn.Linear(d, d, bias=False)
        self.max_logit = None

    def forward(self, x):
        B, T, D = x.shape
        q = self.q(x).view(B, T, self.heads, self.dh).transpose(1, 2)
        k = self.k(x).view(B, T, self.heads, self.dh).transpose(1, 2)
        v = self.v(x).view(B, T, self.heads, self.dh).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) / math.sqrt(self.dh)
        mask = torch.ones(T, T, dtype=torch.bool, device=x.device).tril()
        if self.training:
            with torch.no_grad():
                self.max_logit = att.masked_fill(~mask, float("-inf")).amax(dim=(0, 2, 3)).detach()
        att = F.softmax(att.masked_fill(~mask, float("-inf")), dim=-1)
        return self.proj((att @ v).transpose(1, 2).reshape(B, T, D))


class Block(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.ln1 = nn.LayerNorm(d)
        self.attn = Attention(d, heads)
        self.ln2 = nn.LayerNorm(d)
        self.fc1 = nn.Linear(d, 4 * d)
        self.fc2 = nn.Linear(4 * d, d)

    def forward(self, x):
        x = x + self.attn(self.ln1(x))
        return x + self.fc2(F.gelu(self.fc1(self.ln2(x))))


class TinyCharLM(nn.Module):
    def __init__(self, vocab, d, heads, layers, context):
        super().__init__()
        self.tok_emb = nn.Embedding(vocab, d)
        self.pos_emb = nn.Embedding(context, d)
        self.blocks = nn.ModuleList([Block(d, heads) for _ in range(layers)])
        self.ln_f = nn.LayerNorm(d)
        self.head = nn.Linear(d, vocab, bias=False)

    def forward(self, idx):
        pos = torch.arange(idx.size(1), device=idx.device)
        x = self.tok_emb(idx) + self.pos_emb(pos)
        for b in self.blocks:
            x = b(x)
        return self.head(self.ln_f(x))

    def qk_stats(self):
        """Per-head max logits of the last training forward with where each head's W_q / W_k rows are."""
        out = []
        for li, b in enumerate(self.blocks):
            a = b.attn
            if a.max_logit is None:
                continue
            for h in range(a.heads):
                rows = (h * a.dh, (h + 1) * a.dh)
                out.append({"layer": li, "head": h, "max_logit": float(a.max_logit[h]),
                            "q": (a.q.weight, rows), "k": (a.k.weight, rows)})
        return out


def builtin_corpus(chars=60000, seed=1234):
    """A deterministic synthetic text (a small grammar), so the default model has something to learn."""
    rng = random.Random(seed)
    subj = ["the cat", "a dog", "my friend", "the old man", "she", "he", "the bird", "our team"]
    verb = ["sees", "likes", "finds", "follows", "hears", "paints", "builds", "reads"]
    obj = ["the ball", "a tree", "the river", "some bread", "the moon", "a letter", "the city", "a song"]
    adv = ["today", "again", "slowly", "at night", "with care", "in the rain"]
    parts = []
    n = 0
    while n < chars:
        s = "%s %s %s" % (rng.choice(subj), rng.choice(verb), rng.choice(obj))
        if rng.random() < 0.5:
            s += " " + rng.choice(adv)
        s = s[0].upper() + s[1:] + (". " if rng.random() < 0.8 else "! ")
        parts.append(s)
        n += len(s)
    return "".join(parts)


class CharData:
    """Train/validation token tensors (90% / 10%) of a text, and its vocabulary."""

    def __init__(self, text):
        self.chars = sorted(set(text))
        stoi = {c: i for i, c in enumerate(self.chars)}
        ids = torch.tensor([stoi[c] for c in text], dtype=torch.long)
        cut = int(len(ids) * 0.9)
        self.train, self.val = ids[:cut], ids[cut:]


DATA = None  # set in train(): CharData of --data FILE or the built-in corpus


def build_model():
    return TinyCharLM(vocab=len(DATA.chars), d=task_option("dModel", 32), heads=task_option("heads", 2),
                      layers=task_option("layers", 1), context=task_option("context", 32))


def get_batch(split, step, rank, world_size, device, seed=0):
    """(inputs, targets) for this step and rank: each rank draws different sequences; deterministic."""
    B, T = task_option("batchSize", 8), task_option("context", 32)
    data = DATA.train if split == "train" else DATA.val
    gen = torch.Generator().manual_seed(((seed * 1000003 + step) * 4099 + rank) * 2 + (split == "val"))
    ix = torch.randint(0, len(data) - T - 1, (B,), generator=gen)
    x = torch.stack([data[i:i + T] for i in ix])
    y = torch.stack([data[i + 1:i + T + 1] for i in ix])
    return x.to(device), y.to(device)


def loss_fn(model, batch):
    x, y = batch
    logits = model(x)
    return F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))


def items_in(batch):
    """Tokens (or examples) in a batch: the "tokens" metric and Sophia's GNB scale."""
    return batch[1].numel()


def sampled_loss_fn(model, batch, generator):
    """Sophia's Gauss-Newton-Bartlett estimator: the loss on labels sampled from the model's own prediction."""
    x, _ = batch
    logits = model(x)
    flat = logits.reshape(-1, logits.size(-1))
    with torch.no_grad():
        y_hat = torch.multinomial(F.softmax(flat.float(), dim=-1).cpu(), 1, generator=generator).squeeze(1)
    return F.cross_entropy(flat, y_hat.to(flat.device))


@torch.no_grad()
def evaluate(model, device, batches=4, seed=0):
    model.eval()
    losses = [float(loss_fn(model, get_batch("val", 10 ** 6 + i, 0, 1, device, seed))) for i in range(batches)]
    model.train()
    return sum(losses) / len(losses)


# =============================================================================================================
# Training loop: single process, or DistributedDataParallel under torchrun (env RANK / WORLD_SIZE; gloo on
# CPU, nccl on GPU). Rank 0 writes OUT/metrics.jsonl (one Optimizer Lab MetricRow per step: step, loss, lr
# {group: value}, gradNorm, updateRms, tokens, timeMs, valLoss/valPerplexity on eval steps) and OUT/run.json.
# =============================================================================================================
def hessian_estimate(model, batch, scale, generator):
    """GNB estimate h_hat = scale * g_hat * g_hat for every parameter (scale = tokens in the global batch)."""
    for p in model.parameters():
        p.grad = None
    sampled_loss_fn(model, batch, generator).backward()
    return {p: scale * p.grad * p.grad for p in model.parameters() if p.grad is not None}


def train(args):
    global DATA
    rank, world = int(os.environ.get("RANK", "0")), int(os.environ.get("WORLD_SIZE", "1"))
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    use_cuda = args.device == "cuda" or (args.device == "auto" and torch.cuda.is_available())
    device = torch.device("cuda", local_rank) if use_cuda else torch.device("cpu")
    if use_cuda:
        torch.cuda.set_device(device)
    if world > 1:
        dist.init_process_group(backend="nccl" if use_cuda else "gloo")
    steps = args.steps or STEPS
    eval_every = min(EVAL_EVERY, steps)
    seed = SEEDS[0] if args.seed is None else args.seed
    torch.manual_seed(seed)
    if args.data:
        with open(args.data, encoding="utf-8") as f:
            DATA = CharData(f.read())
    else:
        DATA = CharData(builtin_corpus())
    model = build_model().to(device)
    named = list(model.named_parameters())
    optimizer, partition = build_optimizer(OPTIMIZER, named)
    net = model
    if world > 1:
        net = nn.parallel.DistributedDataParallel(model, device_ids=[local_rank] if use_cuda else None)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, make_lr_lambda(SCHEDULE, steps))
    n_params = sum(p.numel() for p in model.parameters())
    out = args.out or "optlab-export-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", RUN)
    log = (lambda *a: print(*a, flush=True)) if rank == 0 else (lambda *a: None)
    log("%s / %s: %s, %d steps, %d parameters, world size %d on %s" % (
        EXPERIMENT, RUN, OPTIMIZER.get("type"), steps, n_params, world, device))
    for group, rule, names, size in partition:
        log("  group %-8s %-8s %9d params: %s" % (group, rule, size, ", ".join(names) or "-"))
    metrics = None
    clip_log = None
    if rank == 0:
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "run.json"), "w") as f:
            json.dump({"experiment": EXPERIMENT, "run": RUN, "optimizer": OPTIMIZER, "schedule": SCHEDULE,
                       "steps": steps, "evalEvery": eval_every, "seed": seed, "worldSize": world,
                       "task": TASK, "device": str(device), "torch": torch.__version__, "source": SOURCE,
                       "partition": [{"name": g, "rule": r, "params": n, "size": s} for g, r, n, s in partition]},
                      f, indent=2)
        metrics = open(os.path.join(out, "metrics.jsonl"), "w")
        clip_log = open(os.path.join(out, "qkclip.jsonl"), "w") if isinstance(optimizer, MuonClip) else None
    gen = torch.Generator().manual_seed(seed * 7919 + rank)
    tokens = 0
    t0 = time.time()
    status = "done"
    for t in range(steps):
        batch = get_batch("train", t, rank, world, device, seed)
        before = [p.detach().clone() for p in model.parameters()]
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(net, batch)
        loss.backward()
        with torch.no_grad():
            grad_norm = math.sqrt(sum(float(p.grad.float().pow(2).sum()) for p in model.parameters() if p.grad is not None))
            mean_loss = loss.detach().float().clone()
            if world > 1:
                dist.all_reduce(mean_loss)
                mean_loss /= world
            loss_value = float(mean_loss)
        if not math.isfinite(loss_value):
            log("step %d: loss is %s, stopping" % (t, loss_value))
            status = "diverged"
            break
        lrs = group_lrs(optimizer)
        optimizer.step()
        n_items = items_in(batch) * world
        if isinstance(optimizer, SophiaG) and optimizer.wants_hessian(t):
            optimizer.update_hessian(hessian_estimate(net, batch, n_items, gen))
        row_extra = {}
        if hasattr(optimizer, "effective_lr"):
            row_extra["effectiveLr"] = optimizer.effective_lr()
        if isinstance(optimizer, MuonClip) and hasattr(model, "qk_stats"):
            stats = model.qk_stats()
            if stats:
                logits = torch.tensor([s["max_logit"] for s in stats], device=device)
                if world > 1:
                    dist.all_reduce(logits, op=dist.ReduceOp.MAX)
                for s, v in zip(stats, logits.tolist()):
                    s["max_logit"] = v
                row_extra["maxAttnLogit"] = max(logits.tolist())
                for e in optimizer.qk_clip(stats, t):
                    log("step %d: QK-clip layer %d head %d max logit %.4g -> eta %.4g" % (
                        t, e["layer"], e["head"], e["maxLogit"], e["eta"]))
                    if clip_log is not None:
                        clip_log.write(json.dumps(e) + "\n")
        scheduler.step()
        with torch.no_grad():
            sq = sum(float((p.detach() - b).float().pow(2).sum()) for p, b in zip(model.parameters(), before))
        tokens += n_items
        row = {"step": t, "loss": loss_value, "lr": lrs, "gradNorm": grad_norm,
               "updateRms": math.sqrt(sq / n_params), "tokens": tokens, "timeMs": (time.time() - t0) * 1000.0}
        row.update(row_extra)
        if (t + 1) % eval_every == 0 or t == steps - 1:
            if rank == 0:
                val = evaluate(model, device, seed=seed)
                row["valLoss"] = val
                row["valPerplexity"] = math.exp(min(val, 700.0))
                log("step %d/%d  loss %.4f  val %.4f  lr %s" % (t + 1, steps, loss_value, val,
                                                            " ".join("%s=%.3g" % kv for kv in lrs.items())))
        if metrics is not None:
            metrics.write(json.dumps(row) + "\n")
            metrics.flush()
    if rank == 0:
        metrics.close()
        if clip_log is not None:
            clip_log.close()
        log("%s: %s after %d steps, %.1f s -> %s" % (RUN, status, t + 1, time.time() - t0,
                                                     os.path.join(out, "metrics.jsonl")))
    if world > 1:
        dist.barrier()
        dist.destroy_process_group()


def main(argv=None):
    ap = argparse.ArgumentParser(description="%s / %s (exported from Optimizer Lab)" % (EXPERIMENT, RUN))
    ap.add_argument("--steps", type=int, default=None, help="training steps (default %d)" % STEPS)
    ap.add_argument("--out", default=None, help="output directory (default ./optlab-export-<run>)")
    ap.add_argument("--seed", type=int, default=None, help="seed (default %d)" % SEEDS[0])
    ap.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")
    ap.add_argument("--data", default=None, help="text file for the default character model")
    ap.add_argument("--replay", nargs="+", metavar="INPUT.json",
                    help="conformance: replay the optimizer + schedule on given params/grads, print the params")
    ap.add_argument("--schedule", nargs="+", metavar="INPUT.json",
                    help='print {"lr": [...]} for {"lr", "schedule", "steps"} (one line per input)')
    args = ap.parse_args(argv)
    if args.replay:
        torch.set_num_threads(1)
        for path in args.replay:
            with open(path) as f:
                inp = json.load(f)
            if "input" in inp and "params" not in inp:
                inp = inp["input"]  # a fixture file {"name", "input", "expected", "tol"}
            sys.stdout.write(json.dumps(replay(inp)) + "\n")
        return
    if args.schedule:
        for path in args.schedule:
            with open(path) as f:
                inp = json.load(f)
            if "input" in inp and "schedule" not in inp:
                inp = inp["input"]
            lam = make_lr_lambda(inp["schedule"], inp["steps"])
            sys.stdout.write(json.dumps({"lr": [inp["lr"] * lam(t) for t in range(inp["steps"])]}) + "\n")
        return
    train(args)


if __name__ == "__main__":
    main()
`;
