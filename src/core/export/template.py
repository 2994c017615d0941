# ---------------------------------------------------------------------------------------------------------
# Optimizer Lab export template: everything of an exported run after its settings block (pytorchExport.ts
# writes EXPERIMENT, RUN, SOURCE, STEPS, EVAL_EVERY, SEEDS, OPTIMIZER, SCHEDULE and TASK above this line):
# parameter partition, the schedule (a LambdaLR for the lab's shapes, torch.optim.lr_scheduler's own classes for
# the PyTorch types), the optimizers written out as torch.optim.Optimizer subclasses (elementwise.py, the ones
# restated from their authors' code, goes in at the @@AUTHORS_OPTIMIZERS@@ line), the config -> optimizer mapping,
# replay mode, a tiny default model and data, and the torchrun/DDP training loop.
# A real Python file (bundled as text by esbuild; the tests compile it and run it against the fixtures).
# ---------------------------------------------------------------------------------------------------------
import argparse
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
# PyTorch's own schedulers: the types step, multistep, exponential, polynomial, cosine_annealing,
# cosine_restarts, onecycle and cyclic are torch.optim.lr_scheduler classes, stepped after each optimizer
# step. With warmupSteps w > 0, steps t < w use base * t / max(1, w) and the scheduler's value at t - w after
# that (its momentum, if it cycles one, holds its step-0 value during warmup). Lengths left out (totalIters,
# tMax, OneCycleLR's total) are STEPS - w. With several parameter groups, maxLr / baseLr scale with each
# group's base LR (group LR / first group's LR), as in Optimizer Lab; etaMin is torch's (the same for every group).
# =============================================================================================================
TORCH_SCHEDULERS = ("step", "multistep", "exponential", "polynomial", "cosine_annealing", "cosine_restarts",
                    "onecycle", "cyclic")


def torch_scheduler(optimizer, schedule, span, base):
    s = dict(schedule)
    kind = s.pop("type")
    s.pop("warmupSteps", None)
    lrs = torch.optim.lr_scheduler

    def scaled(v):  # an absolute LR of the first group, per group
        return [v if i == 0 else v * b / base[0] for i, b in enumerate(base)]

    def kw(names):
        return {torch_kw: s[key] for key, torch_kw in names if key in s}

    momentum = [("cycleMomentum", "cycle_momentum"), ("baseMomentum", "base_momentum"), ("maxMomentum", "max_momentum")]
    if kind == "step":
        return lrs.StepLR(optimizer, step_size=s["stepSize"], gamma=s.get("gamma", 0.1))
    if kind == "multistep":
        return lrs.MultiStepLR(optimizer, milestones=s["milestones"], gamma=s.get("gamma", 0.1))
    if kind == "exponential":
        return lrs.ExponentialLR(optimizer, gamma=s["gamma"])
    if kind == "polynomial":
        return lrs.PolynomialLR(optimizer, total_iters=s.get("totalIters", span), power=s.get("power", 1.0))
    if kind == "cosine_annealing":
        return lrs.CosineAnnealingLR(optimizer, T_max=s.get("tMax", span), eta_min=s.get("etaMin", 0))
    if kind == "cosine_restarts":
        return lrs.CosineAnnealingWarmRestarts(optimizer, T_0=s["t0"], T_mult=s.get("tMult", 1), eta_min=s.get("etaMin", 0))
    if kind == "onecycle":
        extra = kw([("annealStrategy", "anneal_strategy"), ("divFactor", "div_factor"), ("finalDivFactor", "final_div_factor"),
                    ("threePhase", "three_phase")] + momentum)
        return lrs.OneCycleLR(optimizer, max_lr=scaled(s["maxLr"]) if "maxLr" in s else list(base), total_steps=span,
                              pct_start=float(s.get("pctStart", 0.3)), **extra)
    if kind == "cyclic":
        extra = kw([("stepSizeUp", "step_size_up"), ("stepSizeDown", "step_size_down"), ("mode", "mode"), ("gamma", "gamma")] + momentum)
        return lrs.CyclicLR(optimizer, base_lr=scaled(s["baseLr"]), max_lr=scaled(s["maxLr"]), **extra)
    raise ValueError("unknown schedule type %r" % (kind,))


class WarmupThen:
    """The warmup prefix in front of a torch scheduler; call step() after optimizer.step()."""

    def __init__(self, optimizer, schedule, total_steps):
        self.optimizer = optimizer
        self.w = int(schedule.get("warmupSteps", 0))
        self.base = [g["lr"] for g in optimizer.param_groups]
        self.scheduler = torch_scheduler(optimizer, schedule, int(total_steps) - self.w, self.base)
        self.start = [g["lr"] for g in optimizer.param_groups]  # the scheduler's step-0 LRs
        self.t = 0
        self._warmup_lr()

    def _warmup_lr(self):
        if self.t < self.w:
            for g, b in zip(self.optimizer.param_groups, self.base):
                g["lr"] = b * (self.t / max(1, self.w))
        elif self.t == self.w and self.w > 0:
            for g, lr in zip(self.optimizer.param_groups, self.start):
                g["lr"] = lr

    def step(self):
        if self.t >= self.w:
            self.scheduler.step()
        self.t += 1
        self._warmup_lr()


def make_scheduler(optimizer, schedule, total_steps):
    """The run's scheduler: torch's own class for the PyTorch types, a LambdaLR for Optimizer Lab's shapes."""
    if (schedule or {}).get("type") in TORCH_SCHEDULERS:
        return WarmupThen(optimizer, schedule, total_steps)
    return torch.optim.lr_scheduler.LambdaLR(optimizer, make_lr_lambda(schedule, total_steps))


def schedule_series(lr, schedule, steps):
    """{"lr": [...], "momentum"?: [...]} of a schedule, as optlab schedule prints it."""
    if (schedule or {}).get("type") not in TORCH_SCHEDULERS:
        lam = make_lr_lambda(schedule, steps)
        return {"lr": [lr * lam(t) for t in range(steps)]}
    p = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([p], lr=lr, momentum=0.9)
    sched = make_scheduler(opt, schedule, steps)
    out = {"lr": [], "momentum": []}
    for _ in range(steps):
        out["lr"].append(float(opt.param_groups[0]["lr"]))
        out["momentum"].append(float(opt.param_groups[0]["momentum"]))
        opt.step()
        sched.step()
    cycles = schedule["type"] in ("onecycle", "cyclic") and schedule.get("cycleMomentum", True)
    if not cycles:
        del out["momentum"]
    return out


# =============================================================================================================
# Optimizers written out (float32, same formulas and defaults as Optimizer Lab). The classic ones (sgd ...
# nadam) are torch.optim's own classes, see build_optimizer().
# They share torch.optim's step() skeleton on purpose (Muon's and NorMuon's AdamW groups too): the rules differ.
# =============================================================================================================
def _closure_loss(closure):
    """torch.optim's step(closure) contract, shared by every optimizer below and the authors' ones: the loss
    re-evaluated with gradients on, or None without a closure."""
    if closure is None:
        return None
    with torch.enable_grad():
        return closure()


def _with_grads(group, states):
    """(p, its gradient, its state) for each parameter of the group that has a gradient: every step()'s loop."""
    for p in group["params"]:
        if p.grad is not None:
            yield p, p.grad, states[p]


def _zeros(state, p, *names):
    """On a parameter's first step, creates each named state buffer as zeros like p and returns True (the
    caller adds what else its first step needs); afterwards returns False."""
    if names[0] in state:
        return False
    for name in names:
        state[name] = torch.zeros_like(p)
    return True


class Lion(torch.optim.Optimizer):
    """Lion (Chen et al., 2023). Defaults lr 1e-4, betas (0.9, 0.99), weight_decay 0 (decoupled). Per step:
    p <- p (1 - lr wd);  p <- p - lr sign(b1 m + (1 - b1) g);  m <- b2 m + (1 - b2) g."""

    def __init__(self, params, lr=1e-4, betas=(0.9, 0.99), weight_decay=0.0):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), weight_decay=weight_decay))

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            lr, wd = group["lr"], group["weight_decay"]
            b1, b2 = group["betas"]
            for p, g, state in _with_grads(group, self.state):
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
        loss = _closure_loss(closure)
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


class _AdamWFallback(torch.optim.Optimizer):
    """Muon's and NorMuon's checkpoint of the inner torch.optim.AdamW (self._adamw, None without such params)
    that updates their non-matrix parameters: saved and restored with the outer optimizer's state."""

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


class Muon(_AdamWFallback):
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

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            if not group["use_muon"]:
                self._adamw.param_groups[0]["lr"] = group["lr"]
                self._adamw.step()
                continue
            lr, mu, wd = group["lr"], group["momentum"], group["weight_decay"]
            for p, g, state in _with_grads(group, self.state):
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


# @@AUTHORS_OPTIMIZERS@@

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


# -------------------------------------------------------------------------------------------------------------
# Learning-rate-free Adam variants: lr multiplies the estimated step size d. Restated (one param group, single
# device) from konstmish/prodigy prodigyopt/prodigy.py @ 3efb213ee8af5a6bf76f28726398433a847b38e9 (MIT,
# (c) 2023 Konstantin Mishchenko) and facebookresearch/dadaptation dadaptation/dadapt_adam.py
# @ c984980213a989ff7cac1e3d68c19a2257bcd571 (MIT, (c) Meta Platforms, Inc. and affiliates). Under DDP the
# gradients are already averaged, so every rank computes the same d.
# -------------------------------------------------------------------------------------------------------------
class _LrFree(torch.optim.Optimizer):
    """What the training loop logs of an LR-free optimizer: the step size d*lr it applied, per group."""

    def effective_lr(self):
        return {g.get("name", "default"): g["dlr"] for g in self.param_groups}


class Prodigy(_LrFree):
    """Prodigy (Mishchenko & Defazio, 2023): Adam with step size d*lr, d estimated from <g, x0 - x> / |s|_1.
    Defaults as the reference: lr 1, betas (0.9, 0.999), beta3 sqrt(beta2), eps 1e-8, weight_decay 0,
    decouple True, use_bias_correction False, safeguard_warmup False, d0 1e-6, d_coef 1, growth_rate inf,
    slice_p 1."""

    def __init__(self, params, lr=1.0, betas=(0.9, 0.999), beta3=None, eps=1e-8, weight_decay=0.0, decouple=True,
                 use_bias_correction=False, safeguard_warmup=False, d0=1e-6, d_coef=1.0,
                 growth_rate=float("inf"), slice_p=1):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), beta3=beta3, eps=eps, weight_decay=weight_decay,
                                      decouple=decouple, use_bias_correction=use_bias_correction,
                                      safeguard_warmup=safeguard_warmup, d=d0, d0=d0, d_max=d0, d_numerator=0.0,
                                      d_coef=d_coef, k=0, growth_rate=growth_rate, slice_p=slice_p, dlr=0.0))

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        group = self.param_groups[0]
        beta1, beta2 = group["betas"]
        beta3 = group["beta3"] if group["beta3"] is not None else math.sqrt(beta2)
        k, d, d0, lr = group["k"], group["d"], group["d0"], group["lr"]
        decay, eps, sp = group["weight_decay"], group["eps"], group["slice_p"]
        if lr == 0.0:
            group["dlr"] = 0.0
            return loss
        bc = ((1 - beta2 ** (k + 1)) ** 0.5) / (1 - beta1 ** (k + 1)) if group["use_bias_correction"] else 1
        dlr = d * lr * bc
        d_numerator = group["d_numerator"] * beta3
        delta_numerator, d_denom = 0.0, 0.0
        grads = {}
        for p in group["params"]:
            if p.grad is None:
                continue
            grad = p.grad
            if decay != 0 and not group["decouple"]:
                grad = grad.add(p, alpha=decay)
            grads[p] = grad
            state = self.state[p]
            if "s" not in state:
                state["s"] = torch.zeros_like(p.flatten()[::sp])
                state["p0"] = p.flatten()[::sp].clone()
                if beta1 > 0:
                    state["exp_avg"] = torch.zeros_like(p)
                state["exp_avg_sq"] = torch.zeros_like(p)
            sliced_grad = grad.flatten()[::sp]
            delta_numerator += (d / d0) * dlr * torch.dot(sliced_grad, state["p0"] - p.flatten()[::sp]).item()
            if beta1 > 0:
                state["exp_avg"].mul_(beta1).add_(grad, alpha=d * (1 - beta1))
            state["exp_avg_sq"].mul_(beta2).addcmul_(grad, grad, value=d * d * (1 - beta2))
            alpha = (d / d0) * d if group["safeguard_warmup"] else (d / d0) * dlr
            state["s"].mul_(beta3).add_(sliced_grad, alpha=alpha)
            d_denom += state["s"].abs().sum().item()
        if d_denom == 0:
            return loss
        global_numerator = d_numerator + delta_numerator
        d_hat = group["d_coef"] * global_numerator / d_denom
        if d == d0:
            d = max(d, d_hat)
        d_max = max(group["d_max"], d_hat)
        d = min(d_max, d * group["growth_rate"])
        group.update(d_numerator=global_numerator, d=d, d_max=d_max, k=k + 1, dlr=dlr)
        for p, grad in grads.items():
            state = self.state[p]
            denom = state["exp_avg_sq"].sqrt().add_(d * eps)
            if decay != 0 and group["decouple"]:
                p.add_(p, alpha=-decay * dlr)
            if beta1 > 0:
                p.addcdiv_(state["exp_avg"], denom, value=-dlr)
            else:
                p.addcdiv_(grad, denom, value=-dlr * d)
        return loss


class DAdaptAdam(_LrFree):
    """D-Adapt Adam (Defazio & Mishchenko, 2023): Adam with a D-Adaptation step size d*lr. Defaults as the
    reference: lr 1, betas (0.9, 0.999), eps 1e-8, weight_decay 0, decouple False, use_bias_correction False,
    d0 1e-6, growth_rate inf."""

    def __init__(self, params, lr=1.0, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, decouple=False,
                 use_bias_correction=False, d0=1e-6, growth_rate=float("inf")):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay, decouple=decouple,
                                      use_bias_correction=use_bias_correction, d=d0, k=0, numerator_weighted=0.0,
                                      growth_rate=growth_rate, dlr=0.0))

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        group = self.param_groups[0]
        beta1, beta2 = group["betas"]
        k, d, lr, decay, eps = group["k"], group["d"], group["lr"], group["weight_decay"], group["eps"]
        if lr == 0.0:
            group["dlr"] = 0.0
            return loss
        bc = ((1 - beta2 ** (k + 1)) ** 0.5) / (1 - beta1 ** (k + 1)) if group["use_bias_correction"] else 1
        dlr = d * lr * bc
        sqrt_beta2 = beta2 ** 0.5
        numerator_acum, sk_l1 = 0.0, 0.0
        params = []
        for p in group["params"]:
            if p.grad is None:
                continue
            grad = p.grad
            if decay != 0 and not group["decouple"]:
                grad = grad.add(p, alpha=decay)
            params.append(p)
            state = self.state[p]
            _zeros(state, p, "s", "exp_avg", "exp_avg_sq")
            s, exp_avg, exp_avg_sq = state["s"], state["exp_avg"], state["exp_avg_sq"]
            denom = exp_avg_sq.sqrt().add_(eps)
            numerator_acum += 1.0 * dlr * torch.dot(grad.flatten(), s.div(denom).flatten()).item()
            exp_avg.mul_(beta1).add_(grad, alpha=dlr * (1 - beta1))
            exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
            s.mul_(sqrt_beta2).add_(grad, alpha=dlr * (1 - sqrt_beta2))
            sk_l1 += s.abs().sum().item()
        if sk_l1 == 0:
            return loss
        numerator = sqrt_beta2 * group["numerator_weighted"] + (1 - sqrt_beta2) * numerator_acum
        d_hat = numerator / ((1 - sqrt_beta2) * sk_l1)
        d = max(d, min(d_hat, d * group["growth_rate"]))
        group.update(numerator_weighted=numerator, d=d, k=k + 1, dlr=dlr)
        for p in params:
            state = self.state[p]
            denom = state["exp_avg_sq"].sqrt().add_(eps)
            if decay != 0 and group["decouple"]:
                p.add_(p, alpha=-decay * dlr)
            p.addcdiv_(state["exp_avg"], denom, value=-1)
        return loss


SNAKE_EXCEPTIONS = {"precondition1d": "precondition_1d"}  # a digit part stays lower case in the camelCase keys


def _snake_kwargs(opts):
    """Config keys (camelCase) as the reference's keyword arguments; tuples for betas."""
    kw = {}
    for k, v in opts.items():
        name = SNAKE_EXCEPTIONS.get(k) or re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), k)
        kw[name] = tuple(v) if k == "betas" else v
    return kw


PRODIGY_KEYS = {"lr", "betas", "beta3", "eps", "weightDecay", "decouple", "useBiasCorrection", "safeguardWarmup",
                "d0", "dCoef", "growthRate", "sliceP"}
DADAPT_ADAM_KEYS = {"lr", "betas", "eps", "weightDecay", "decouple", "useBiasCorrection", "d0", "growthRate"}


def _build_single_group(cls, keys):
    def build(kind, opts, named_params, roles):
        _check_keys(opts, keys, kind)
        params = [p for _, p in named_params]
        opt = cls(params, **_snake_kwargs(opts))
        return opt, [("default", kind, [n for n, _ in named_params], sum(p.numel() for p in params))]
    return build


AUTHORS_BUILDERS["prodigy"] = _build_single_group(Prodigy, PRODIGY_KEYS)
AUTHORS_BUILDERS["dadapt_adam"] = _build_single_group(DAdaptAdam, DADAPT_ADAM_KEYS)

# -------------------------------------------------------------------------------------------------------------
# NorMuon, restated (single device, float32 throughout) from microsoft/dion dion/normuon.py
# @ 0a059a4542e5aa74b40dcd1dce363836c7afcd48 (MIT, (c) Microsoft Corporation) and the helpers it calls
# (megabatch_base, muon, polar_express, newton_schulz_triton, scalar_opts). The reference casts the
# Newton-Schulz input to bfloat16; this stays float32 like Optimizer Lab.
# -------------------------------------------------------------------------------------------------------------
POLAR_EXPRESS_COEFFS = [
    (8.156554524902461, -22.48329292557795, 15.878769915207462),
    (4.042929935166739, -2.808917465908714, 0.5000178451051316),
    (3.8916678022926607, -2.772484153217685, 0.5060648178503393),
    (3.285753657755655, -2.3681294933425376, 0.46449024233003106),
    (2.3465413258596377, -1.7097828382687081, 0.42323551169305323),
]
DION_NS5_COEFFS = [(4.0848, -6.8946, 2.9270), (3.9505, -6.3029, 2.6377), (3.7418, -5.5913, 2.3037),
                   (2.8769, -3.1427, 1.2046), (2.8366, -3.0525, 1.2012)]


def normuon_orthogonalize(u, eps, polar_express=True):
    """Batched over leading dims: X / (|X|_F s + eps), s = 1.02 (Polar Express) or 1; tall matrices iterate
    on X^T X (right multiply), wide ones on X X^T, as dion's polar_express / zeropower_via_newtonschulz5."""
    x = u.float()
    x = x / (x.norm(dim=(-2, -1), keepdim=True) * (1.02 if polar_express else 1.0) + eps)
    if not polar_express and u.size(-2) > u.size(-1):
        x = x.mT
    tall = polar_express and u.size(-2) > u.size(-1)
    for a, b, c in (POLAR_EXPRESS_COEFFS if polar_express else DION_NS5_COEFFS):
        if tall:
            A = x.mT @ x
            x = a * x + x @ (b * A + c * (A @ A))
        else:
            A = x @ x.mT
            x = a * x + (b * A + c * (A @ A)) @ x
    if not polar_express and u.size(-2) > u.size(-1):
        x = x.mT
    return x


class NorMuon(_AdamWFallback):
    """NorMuon (Li et al., 2025) for hidden >= 2-D weights + AdamW for every other parameter. Per matrix:
      M <- mu M + G;  U <- nesterov ? mu M + G : M;  O <- Polar Express(U)
      v <- lerp(v, mean_cols(O^2), 1 - muon_beta2);  N <- O / (sqrt(v) + 1e-8);  N <- N |O|_F / max(|N|_F, 1e-8)
      p <- p (1 - lr wd)  (cautious_wd: only where p N >= 0);  p <- p - lr scale N
    scale: spectral_norm sqrt(rows/cols), rms_norm 0.2 sqrt(max(rows, cols)), None 1. Defaults as the reference:
    lr 0.01, mu 0.95, muon_beta2 0.95, betas (0.9, 0.95), weight_decay 0.01, cautious_wd False, epsilon 1e-8,
    nesterov False, adjust_lr 'spectral_norm', flatten False, use_polar_express True. The AdamW group is
    torch.optim.AdamW with betas, weight_decay, epsilon and lr unless adamw_* overrides them."""

    def __init__(self, muon_params, adamw_params, lr=0.01, mu=0.95, muon_beta2=0.95, betas=(0.9, 0.95),
                 weight_decay=0.01, cautious_wd=False, epsilon=1e-8, nesterov=False, adjust_lr="spectral_norm",
                 flatten=False, use_polar_express=True, adamw_lr=None, adamw_betas=None, adamw_weight_decay=None,
                 adamw_epsilon=None):
        muon_params, adamw_params = list(muon_params), list(adamw_params)
        groups = []
        if muon_params:
            groups.append(dict(params=muon_params, name="normuon", use_muon=True, lr=lr, mu=mu, muon_beta2=muon_beta2,
                               weight_decay=weight_decay, cautious_wd=cautious_wd, epsilon=epsilon, nesterov=nesterov,
                               adjust_lr=adjust_lr, flatten=flatten, use_polar_express=use_polar_express))
        a_lr = lr if adamw_lr is None else adamw_lr
        a_wd = weight_decay if adamw_weight_decay is None else adamw_weight_decay
        if adamw_params:
            groups.append(dict(params=adamw_params, name="adamw", use_muon=False, lr=a_lr, weight_decay=a_wd,
                               cautious_wd=cautious_wd))
        super().__init__(groups, {})
        self._adamw = (torch.optim.AdamW(adamw_params, lr=a_lr, betas=tuple(betas if adamw_betas is None else adamw_betas),
                                         eps=epsilon if adamw_epsilon is None else adamw_epsilon, weight_decay=a_wd)
                       if adamw_params else None)

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            if not group["use_muon"]:
                self._adamw.param_groups[0]["lr"] = group["lr"]
                params = [p for p in group["params"] if p.grad is not None]
                cautious = group["cautious_wd"] and group["weight_decay"] > 0
                before = [p.clone() for p in params] if cautious else None
                self._adamw.step()
                if cautious:  # undo the decay where the new momentum and the old parameter disagree in sign
                    for p, x0 in zip(params, before):
                        m = self._adamw.state[p]["exp_avg"]
                        p.add_(x0 * (m * x0 < 0).to(p.dtype) * (group["lr"] * group["weight_decay"]))
                continue
            lr, mu, wd, eps = group["lr"], group["mu"], group["weight_decay"], group["epsilon"]
            for p, g, state in _with_grads(group, self.state):
                if not state:
                    state["momentum"] = torch.zeros_like(p)
                    state["variance_neuron"] = torch.zeros_like(p[..., 0:1])
                M, V = state["momentum"], state["variance_neuron"]
                M.mul_(mu).add_(g)
                u = M * mu + g if group["nesterov"] else M
                if group["flatten"] and p.dim() >= 3:
                    o = normuon_orthogonalize(u.flatten(1), eps, group["use_polar_express"]).reshape(p.shape)
                    fan_out, fan_in = p.size(0), p[0].numel()
                else:
                    o = normuon_orthogonalize(u, eps, group["use_polar_express"])
                    fan_out, fan_in = p.size(-2), p.size(-1)
                norm_o = o.norm(p=2, dim=(-2, -1), keepdim=True)
                V.lerp_((o * o).mean(dim=-1, keepdim=True), 1 - group["muon_beta2"])
                n = o / (V.sqrt() + 1e-8)
                n = n * (norm_o / n.norm(p=2, dim=(-2, -1), keepdim=True).clamp(min=1e-8))
                adjust = group["adjust_lr"]
                scale = (math.sqrt(fan_out / fan_in) if adjust == "spectral_norm" else
                         0.2 * math.sqrt(max(fan_out, fan_in)) if adjust == "rms_norm" else 1.0)
                if group["cautious_wd"]:
                    mask = (torch.sign(p * n) + 1).clamp(max=1)
                    p.sub_(p * mask * (lr * wd))
                else:
                    p.mul_(1 - lr * wd)
                p.sub_(n * (lr * scale))
        return loss


NORMUON_KEYS = {"lr", "mu", "muonBeta2", "betas", "weightDecay", "cautiousWd", "epsilon", "nesterov", "adjustLr",
                "flatten", "usePolarExpress", "fallback"}


def _build_normuon(kind, opts, named_params, roles):
    _check_keys(opts, NORMUON_KEYS, kind)
    fb = dict(opts.get("fallback", {}))
    _check_keys(fb, {"lr", "betas", "weightDecay", "epsilon"}, kind + ".fallback")
    kw = _snake_kwargs({k: v for k, v in opts.items() if k != "fallback"})
    is_muon = [roles[n] == "hidden" and p.dim() >= 2 for n, p in named_params]
    muon_ps = [p for (_, p), m in zip(named_params, is_muon) if m]
    adamw_ps = [p for (_, p), m in zip(named_params, is_muon) if not m]
    opt = NorMuon(muon_ps, adamw_ps, adamw_lr=fb.get("lr"), adamw_betas=fb.get("betas"),
                  adamw_weight_decay=fb.get("weightDecay"), adamw_epsilon=fb.get("epsilon"), **kw)
    partition = [
        ("normuon", "normuon", [n for (n, _), m in zip(named_params, is_muon) if m], sum(p.numel() for p in muon_ps)),
        ("adamw", "adamw", [n for (n, _), m in zip(named_params, is_muon) if not m], sum(p.numel() for p in adamw_ps)),
    ]
    return opt, partition


AUTHORS_BUILDERS["normuon"] = _build_normuon

# -------------------------------------------------------------------------------------------------------------
# SOAP, restated from nikhilvyas/SOAP soap.py @ a1e553530fde97d0e6b307d7c82ac6d38b072340 (MIT, (c) 2024 Nikhil
# Vyas): Adam in the eigenbases of Shampoo's Kronecker factors (torch.linalg.eigh once, then one power iteration
# + torch.linalg.qr every precondition_frequency steps).
# -------------------------------------------------------------------------------------------------------------
def soap_merged_shape(shape, max_dim):
    out, cur = [], 1
    for sh in shape:
        if cur * sh > max_dim:
            if cur > 1:
                out.append(cur)
                cur = sh
            else:
                out.append(sh)
                cur = 1
        else:
            cur *= sh
    if cur > 1 or not out:
        out.append(cur)
    return out


class SOAP(torch.optim.Optimizer):
    """SOAP (Vyas et al., 2024). Defaults as the reference: lr 3e-3, betas (0.95, 0.95), shampoo_beta -1 (= beta2),
    eps 1e-8, weight_decay 0.01, precondition_frequency 10, max_precond_dim 10000, merge_dims False,
    precondition_1d False, normalize_grads False, data_format 'channels_first', correct_bias True. The first step
    of each parameter only builds its bases."""

    def __init__(self, params, lr=3e-3, betas=(0.95, 0.95), shampoo_beta=-1, eps=1e-8, weight_decay=0.01,
                 precondition_frequency=10, max_precond_dim=10000, merge_dims=False, precondition_1d=False,
                 normalize_grads=False, data_format="channels_first", correct_bias=True):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), shampoo_beta=shampoo_beta, eps=eps,
                                      weight_decay=weight_decay, precondition_frequency=precondition_frequency,
                                      max_precond_dim=max_precond_dim, merge_dims=merge_dims,
                                      precondition_1d=precondition_1d, normalize_grads=normalize_grads,
                                      correct_bias=correct_bias))
        self._data_format = data_format

    def _work(self, x, group):
        if not group["merge_dims"] or x.dim() == 1:
            return x
        if self._data_format == "channels_last" and x.dim() == 4:
            x = x.permute(0, 3, 1, 2)
        return x.reshape(soap_merged_shape(x.shape, group["max_precond_dim"]))

    def _unwork(self, y, shape, group):
        if not group["merge_dims"] or len(shape) == 1:
            return y
        if self._data_format == "channels_last" and len(shape) == 4:
            return y.reshape(shape[0], shape[3], shape[1], shape[2]).permute(0, 2, 3, 1)
        return y.reshape(shape)

    def _project(self, x, state, group, back=False):
        shape = x.shape
        w = self._work(x, group)
        for q in state["Q"]:
            if q is not None:
                w = torch.tensordot(w, q, dims=[[0], [1 if back else 0]])
            else:
                w = w.permute(list(range(1, w.dim())) + [0])
        return self._unwork(w, shape, group)

    def _accumulate(self, grad, state, group):
        beta = group["shampoo_beta"] if group["shampoo_beta"] >= 0 else group["betas"][1]
        w = grad if grad.dim() == 1 else self._work(grad, group)
        for k, gg in enumerate(state["GG"]):
            if gg is not None:
                others = [i for i in range(w.dim()) if i != k]
                gg.lerp_(torch.tensordot(w, w, dims=[others, others]), 1 - beta)

    def _refresh(self, state, group):
        shape = state["exp_avg_sq"].shape
        v = self._work(state["exp_avg_sq"], group)
        final = []
        for k, (m, o) in enumerate(zip(state["GG"], state["Q"])):
            if m is None:
                final.append(None)
                continue
            sort_idx = torch.argsort(torch.diag(o.T @ m @ o), descending=True)
            v = v.index_select(k, sort_idx)
            final.append(torch.linalg.qr(m @ o[:, sort_idx])[0])
        state["exp_avg_sq"] = self._unwork(v, shape, group)
        state["Q"] = final

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            beta1, beta2 = group["betas"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                grad, state = p.grad, self.state[p]
                if "Q" not in state:
                    state["step"] = 0
                    state["exp_avg"] = torch.zeros_like(grad)
                    state["exp_avg_sq"] = torch.zeros_like(grad)
                    if grad.dim() == 1:
                        dims = [grad.shape[0]] if group["precondition_1d"] else [group["max_precond_dim"] + 1]
                    else:
                        dims = list(self._work(grad, group).shape)
                    state["GG"] = [torch.zeros(d, d, device=grad.device) if d <= group["max_precond_dim"] else None
                                   for d in dims]
                    self._accumulate(grad, state, group)
                    state["Q"] = [None if m is None else
                                  torch.flip(torch.linalg.eigh(m + 1e-30 * torch.eye(m.shape[0], device=m.device))[1], [1])
                                  for m in state["GG"]]
                    continue
                grad_projected = self._project(grad, state, group)
                state["step"] += 1
                exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
                exp_avg.mul_(beta1).add_(grad_projected, alpha=1.0 - beta1)
                exp_avg_sq.mul_(beta2).add_(grad_projected.square(), alpha=1.0 - beta2)
                denom = exp_avg_sq.sqrt().add_(group["eps"])
                step_size = group["lr"]
                if group["correct_bias"]:
                    step_size = step_size * ((1.0 - beta2 ** state["step"]) ** .5) / (1.0 - beta1 ** state["step"])
                norm_grad = self._project(exp_avg / denom, state, group, back=True)
                if group["normalize_grads"]:
                    norm_grad = norm_grad / (1e-30 + torch.mean(norm_grad ** 2) ** 0.5)
                p.add_(norm_grad, alpha=-step_size)
                if group["weight_decay"] > 0.0:
                    p.add_(p, alpha=(-group["lr"] * group["weight_decay"]))
                state["exp_avg"] = self._project(state["exp_avg"], state, group, back=True)
                self._accumulate(grad, state, group)
                if state["step"] % group["precondition_frequency"] == 0:
                    self._refresh(state, group)
                state["exp_avg"] = self._project(state["exp_avg"], state, group)
        return loss


SOAP_KEYS = {"lr", "betas", "shampooBeta", "eps", "weightDecay", "preconditionFrequency", "maxPrecondDim", "mergeDims",
             "precondition1d", "normalizeGrads", "dataFormat", "correctBias"}
AUTHORS_BUILDERS["soap"] = _build_single_group(SOAP, SOAP_KEYS)

# -------------------------------------------------------------------------------------------------------------
# Shampoo, restated from kozistr/pytorch_optimizer pytorch_optimizer/optimizer/shampoo.py
# @ 7a076d2f8f09735e82f9ec1d2d389ec2526bbdbb (Apache-2.0, (c) kozistr) and compute_power_svd of shampoo_utils.py.
# -------------------------------------------------------------------------------------------------------------
class Shampoo(torch.optim.Optimizer):
    """Shampoo (Gupta et al., 2018): per dimension k of each parameter, L_k += G G^T (G: the gradient with axes
    0 and k swapped, viewed [d_k, rest], already multiplied by the earlier factors) and G <- L_k^(-1/r) G, r the
    rank. Defaults as the reference: lr 1e-3, momentum 0, weight_decay 0, weight_decouple False, fixed_decay False,
    preconditioning_compute_steps 1, matrix_eps 1e-6, maximize False."""

    def __init__(self, params, lr=1e-3, momentum=0.0, weight_decay=0.0, weight_decouple=False, fixed_decay=False,
                 preconditioning_compute_steps=1, matrix_eps=1e-6, maximize=False):
        super().__init__(params, dict(lr=lr, momentum=momentum, weight_decay=weight_decay,
                                      weight_decouple=weight_decouple, fixed_decay=fixed_decay,
                                      matrix_eps=matrix_eps))
        self.preconditioning_compute_steps = preconditioning_compute_steps
        self.maximize = maximize

    @staticmethod
    def _power_svd(matrix, power):
        u, s, vh = torch.linalg.svd(matrix.to(torch.float32), full_matrices=False)
        s.pow_(-1.0 / power)
        return (u @ s.diag() @ vh).to(matrix.dtype)

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            group["step"] = group.get("step", 0) + 1
            momentum = group["momentum"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if len(state) == 0:
                    if momentum > 0.0:
                        state["momentum_buffer"] = p.grad.clone()
                    for k, dim in enumerate(p.grad.size()):
                        state["pre_cond_%d" % k] = group["matrix_eps"] * torch.eye(dim, out=p.grad.new(dim, dim))
                        state["inv_pre_cond_%d" % k] = p.grad.new(dim, dim).zero_()
                grad = -p.grad if self.maximize else p.grad.clone()
                if momentum > 0.0:
                    grad.mul_(1.0 - momentum).add_(state["momentum_buffer"], alpha=momentum)
                if group["weight_decouple"]:
                    p.mul_(1.0 - group["weight_decay"] * (1.0 if group["fixed_decay"] else group["lr"]))
                elif group["weight_decay"] > 0.0:
                    grad.add_(p, alpha=group["weight_decay"])
                order, original_size = grad.ndimension(), grad.size()
                for k, dim in enumerate(grad.size()):
                    pre_cond, inv_pre_cond = state["pre_cond_%d" % k], state["inv_pre_cond_%d" % k]
                    grad = grad.transpose_(0, k).contiguous()
                    transposed_size = grad.size()
                    grad = grad.view(dim, -1)
                    grad_t = grad.t()
                    pre_cond.add_(grad @ grad_t)
                    if group["step"] % self.preconditioning_compute_steps == 0:
                        inv_pre_cond.copy_(self._power_svd(pre_cond, order))
                    if k == order - 1:
                        grad = (grad_t @ inv_pre_cond).view(original_size)
                    else:
                        grad = (inv_pre_cond @ grad).view(transposed_size)
                state["momentum_buffer"] = grad
                p.add_(grad, alpha=-group["lr"])
        return loss


SHAMPOO_KEYS = {"lr", "momentum", "weightDecay", "weightDecouple", "fixedDecay", "preconditioningComputeSteps",
                "matrixEps", "maximize"}
AUTHORS_BUILDERS["shampoo"] = _build_single_group(Shampoo, SHAMPOO_KEYS)


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
    if kind in AUTHORS_OPTIMIZERS:
        return build_authors_optimizer(kind, opts, params), [("default", kind, names, size)]
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
    set_optimizer_mode(optimizer, "train")
    steps = len(inp["grads"])
    scheduler = None
    if inp.get("schedule"):
        scheduler = make_scheduler(optimizer, inp["schedule"], steps)
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
    set_optimizer_mode(optimizer, "train")
    net = model
    if world > 1:
        net = nn.parallel.DistributedDataParallel(model, device_ids=[local_rank] if use_cuda else None)
    scheduler = make_scheduler(optimizer, SCHEDULE, steps)
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
            set_optimizer_mode(optimizer, "eval")  # schedule-free: evaluate x; every rank, so the ranks stay equal
            if rank == 0:
                val = evaluate(model, device, seed=seed)
                row["valLoss"] = val
                row["valPerplexity"] = math.exp(min(val, 700.0))
                log("step %d/%d  loss %.4f  val %.4f  lr %s" % (t + 1, steps, loss_value, val,
                                                            " ".join("%s=%.3g" % kv for kv in lrs.items())))
            set_optimizer_mode(optimizer, "train")
        if metrics is not None:
            metrics.write(json.dumps(row) + "\n")
            metrics.flush()
    set_optimizer_mode(optimizer, "eval")  # schedule-free: the model ends holding x, what to save
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
            sys.stdout.write(json.dumps(schedule_series(inp["lr"], inp["schedule"], inp["steps"])) + "\n")
        return
    train(args)


if __name__ == "__main__":
    main()
