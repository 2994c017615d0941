# =============================================================================================================
# Optimizers of SPEC section 11 (element-wise), restated from their authors' code as torch.optim.Optimizer
# subclasses: the same update rule, defaults and state as the reference named above each class (repository,
# commit, licence), written for real float32 tensors on one device (no foreach/fused/capturable/complex
# switches). Options are the constructor's keyword arguments in camelCase (weightDecay -> weight_decay,
# lr1d -> lr_1d). Optimizer Lab's src/core/optimizers/*.ts states the same rules (their doc comments: rule,
# defaults, departures); the replay fixtures come from the authors' own classes.
# The classes share torch.optim's step() skeleton (group loop, lazy state) on purpose: only the rules differ.
# =============================================================================================================


def _per_param_step(state):
    """The parameter's step count t (1-based) after this step."""
    state["step"] = state.get("step", 0) + 1
    return state["step"]


# --- ADOPT -------------------------------------------------------------------------------------------------
# Restated from iShohei220/adopt src/adopt/adopt.py @ 6468572b4b3688a2f056b796b071da540568520e (Apache-2.0,
# (c) the ADOPT authors), its single-tensor path (torch's CPU default) with the default clip_lambda (t - 1)^(1/4).
class ADOPT(torch.optim.Optimizer):
    """ADOPT (Taniguchi et al., 2024): the first step only sets v = g^2; later steps normalise g by the previous
    v (clipped to +-(t - 1)^(1/4)), then take momentum of that, then update v. decouple=False adds wd*p to g (L2);
    decouple=True decays p by lr*wd from the second step. Defaults as the reference: lr 1e-3,
    betas (0.9, 0.9999), eps 1e-6, weight_decay 0, decouple False."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.9999), eps=1e-6, weight_decay=0.0, decouple=False):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay, decouple=decouple))

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            beta1, beta2 = group["betas"]
            lr, wd, eps = group["lr"], group["weight_decay"], group["eps"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = p.grad
                if wd != 0 and not group["decouple"]:
                    g = g.add(p, alpha=wd)
                state = self.state[p]
                _zeros(state, p, "exp_avg", "exp_avg_sq")
                t = _per_param_step(state)
                m, v = state["exp_avg"], state["exp_avg_sq"]
                if t == 1:
                    v.addcmul_(g, g)
                    continue
                if wd != 0 and group["decouple"]:
                    p.add_(p, alpha=-lr * wd)
                clip = (t - 1) ** 0.25
                normed = g.div(v.sqrt().clamp_(min=eps)).clamp_(-clip, clip)
                m.lerp_(normed, 1 - beta1)
                p.add_(m, alpha=-lr)
                v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
        return loss


# --- AdEMAMix ----------------------------------------------------------------------------------------------
# Restated from apple/ml-ademamix pytorch/ademamix.py @ c3d73c09f1287e5c33b95189bb0aa7de0a5a7667 (MIT,
# (c) 2024 Apple Inc.), with its two warmup schedules (alpha linear, beta3 linear in the half-life).
def ademamix_alpha_at(step, alpha, warmup):
    """alpha_t: linear from 0 to alpha over `warmup` steps (None: no warmup)."""
    if warmup is not None and step < warmup:
        return (step / warmup) * alpha
    return alpha


def ademamix_beta3_at(step, beta3, beta1, warmup):
    """beta3_t: from beta1 to beta3 over `warmup` steps, linear in the half-life ln(1/2)/ln(beta) - 1."""
    if warmup is None or step >= warmup:
        return beta3
    a = step / warmup
    half_life = lambda b: math.log(0.5) / math.log(b + 1e-8) - 1
    return 0.5 ** (1 / ((1 - a) * half_life(beta1) + a * half_life(beta3) + 1))


class AdEMAMix(torch.optim.Optimizer):
    """AdEMAMix (Pagliardini et al., 2024): Adam whose numerator adds alpha times a slow EMA (beta3) of g to the
    bias-corrected fast one (beta1; with beta1 = 0 the fast EMA is g itself). Weight decay is added to the
    update (p <- p - lr*(u + wd*p)). Defaults as the reference: lr 1e-3, betas (0.9, 0.999, 0.9999), alpha 2,
    no warmups, eps 1e-8, weight_decay 0."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999, 0.9999), alpha=2.0, beta3_warmup=None, alpha_warmup=None,
                 eps=1e-8, weight_decay=0.0):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), alpha=alpha, beta3_warmup=beta3_warmup,
                                      alpha_warmup=alpha_warmup, eps=eps, weight_decay=weight_decay))

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            beta1, beta2, beta3_final = group["betas"]
            lr, wd, eps = group["lr"], group["weight_decay"], group["eps"]
            for p, g, state in _with_grads(group, self.state):
                if "exp_avg_slow" not in state:
                    state["exp_avg_fast"] = torch.zeros_like(p) if beta1 != 0 else None
                    state["exp_avg_slow"] = torch.zeros_like(p)
                    state["exp_avg_sq"] = torch.zeros_like(p)
                t = _per_param_step(state)
                alpha = ademamix_alpha_at(t, group["alpha"], group["alpha_warmup"])
                beta3 = ademamix_beta3_at(t, beta3_final, beta1, group["beta3_warmup"])
                fast = g
                if beta1 != 0:
                    fast = state["exp_avg_fast"].mul_(beta1).add_(g, alpha=1 - beta1)
                slow = state["exp_avg_slow"].mul_(beta3).add_(g, alpha=1 - beta3)
                v = state["exp_avg_sq"].mul_(beta2).addcmul_(g, g, value=1 - beta2)
                denom = v.sqrt().div_(math.sqrt(1 - beta2 ** t)).add_(eps)
                update = fast.div(1 - beta1 ** t).add_(slow, alpha=alpha).div_(denom)
                if wd != 0:
                    update.add_(p, alpha=wd)
                p.add_(update, alpha=-lr)
        return loss


# --- Cautious AdamW and Cautious Lion ----------------------------------------------------------------------
# Restated from kyleliang919/C-Optim @ 2c0517c4db2e50b56d389ba4803eab1f4b3b8ae3 (MIT, (c) 2024 Kaizhao Liang):
# c_adamw.py's default (foreach) update and c_lion.py. The update counts only where it agrees in sign with the
# gradient; the two files rescale the masked update differently, and each is followed.
class CautiousAdamW(torch.optim.Optimizer):
    """Cautious AdamW (Liang et al., 2024): m, v as AdamW (lerp form); mask = [m*g > 0]; the bias-corrected Adam
    step is taken on the mask only and divided by max(mean(mask), 1e-3); decoupled decay p*(1 - lr*wd).
    Defaults as the reference: lr 1e-3, betas (0.9, 0.999), eps 1e-6, weight_decay 0."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-6, weight_decay=0.0):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay))

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            beta1, beta2 = group["betas"]
            lr, wd, eps = group["lr"], group["weight_decay"], group["eps"]
            for p, g, state in _with_grads(group, self.state):
                _zeros(state, p, "exp_avg", "exp_avg_sq")
                t = _per_param_step(state)
                m = state["exp_avg"].lerp_(g, 1 - beta1)
                v = state["exp_avg_sq"].lerp_(g * g, 1 - beta2)
                mask = (m * g > 0).to(g.dtype)
                scale = mask.mean().clamp_(min=1e-3)
                denom = v.sqrt().div_(math.sqrt(1 - beta2 ** t)).add_(eps)
                p.mul_(1 - lr * wd)
                p.sub_((m * mask).div_(denom).div_(scale), alpha=lr / (1 - beta1 ** t))
        return loss


class CautiousLion(torch.optim.Optimizer):
    """Cautious Lion (Liang et al., 2024): u = sign(beta1*m + (1 - beta1)*g); mask = [u*g > 0]; p decays by
    lr*wd, then p <- p - lr*u*mask*n/(sum(mask) + 1) (n = the parameter's size); m <- beta2*m + (1 - beta2)*g.
    Defaults as the reference: lr 1e-4, betas (0.95, 0.98), weight_decay 0."""

    def __init__(self, params, lr=1e-4, betas=(0.95, 0.98), weight_decay=0.0):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), weight_decay=weight_decay))

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            beta1, beta2 = group["betas"]
            lr, wd = group["lr"], group["weight_decay"]
            for p, g, state in _with_grads(group, self.state):
                _zeros(state, p, "exp_avg")
                m = state["exp_avg"]
                p.mul_(1 - lr * wd)
                u = (m * beta1).add_(g, alpha=1 - beta1).sign_()
                mask = (u * g > 0).to(g.dtype)
                mask.mul_(mask.numel() / (mask.sum() + 1))
                p.add_(u * mask, alpha=-lr)
                m.mul_(beta2).add_(g, alpha=1 - beta2)
        return loss


# --- LaProp ------------------------------------------------------------------------------------------------
# Restated from Z-T-WANG/LaProp-Optimizer laprop.py @ a419916505bfb5d6a55f6b7b0ae14eb401b3be12 (MIT,
# (c) 2020 Wang, T. Zhikang), with its centered and amsgrad variants.
LAPROP_CENTERED_AFTER = 10  # the reference's steps_before_using_centered


class LaProp(torch.optim.Optimizer):
    """LaProp (Ziyin, Wang & Ueda, 2020): momentum of RMSprop steps. v <- beta2*v + (1 - beta2)*g^2; the bias
    corrections l1 <- beta1*l1 + (1 - beta1)*lr and l2 <- beta2*l2 + (1 - beta2) follow the LR history;
    m <- beta1*m + (1 - beta1)*lr*g/(sqrt(d/l2) + eps) with d = v (centered: v - mu^2 after 10 steps; amsgrad:
    the running max of d, likewise after the centered warm-up); p <- p - (lr/l1)*m, then p <- p - wd*p (not
    scaled by lr). Defaults as the reference: lr 4e-4, betas (0.9, 0.999), eps 1e-15, weight_decay 0,
    amsgrad False, centered False."""

    def __init__(self, params, lr=4e-4, betas=(0.9, 0.999), eps=1e-15, weight_decay=0.0, amsgrad=False,
                 centered=False):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                      centered=centered))

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            beta1, beta2 = group["betas"]
            lr, wd, eps = group["lr"], group["weight_decay"], group["eps"]
            for p, g, state in _with_grads(group, self.state):
                if _zeros(state, p, "exp_avg", "exp_avg_sq"):
                    state["lr_avg"], state["sq_avg"] = 0.0, 0.0
                    if group["centered"]:
                        state["exp_mean"] = torch.zeros_like(p)
                    if group["amsgrad"]:
                        state["max_exp_avg_sq"] = torch.zeros_like(p)
                t = _per_param_step(state)
                state["lr_avg"] = state["lr_avg"] * beta1 + (1 - beta1) * lr
                state["sq_avg"] = state["sq_avg"] * beta2 + (1 - beta2)
                step_size = lr / state["lr_avg"] if lr != 0 else 1.0
                v = state["exp_avg_sq"].mul_(beta2).addcmul_(g, g, value=1 - beta2)
                late = not group["centered"] or t > LAPROP_CENTERED_AFTER
                d = v
                if group["centered"]:
                    mean = state["exp_mean"].mul_(beta2).add_(g, alpha=1 - beta2)
                    if late:
                        d = v.addcmul(mean, mean, value=-1)
                if group["amsgrad"] and late:
                    d = torch.max(state["max_exp_avg_sq"], d, out=state["max_exp_avg_sq"])
                denom = d.div(state["sq_avg"]).sqrt_().add_(eps)
                m = state["exp_avg"].mul_(beta1).addcdiv_(g, denom, value=(1 - beta1) * lr)
                p.add_(m, alpha=-step_size)
                if wd != 0:
                    p.add_(p, alpha=-wd)
        return loss


# --- Adan --------------------------------------------------------------------------------------------------
# Restated from sail-sg/Adan adan.py @ 2c65beaf400775753b155da4082c3819fea689b9 (Apache-2.0, (c) 2022 Garena
# Online Private Limited), its default (multi-tensor) path, with the optional global gradient-norm clip.
class Adan(torch.optim.Optimizer):
    """Adan (Xie et al., 2022): with g' = c*g (c = min(max_grad_norm/(|g| + eps), 1) over all parameters when
    max_grad_norm > 0) and d = g' - g'_prev (0 at the first step): m <- EMA_beta1(g'), delta <- EMA_beta2(d),
    n <- EMA_beta3((g' + beta2*d)^2); p <- p - lr/(1 - beta1^t)*m/D - lr*beta2/(1 - beta2^t)*delta/D with
    D = sqrt(n)/sqrt(1 - beta3^t) + eps; then p <- p/(1 + lr*wd) (proximal), or p*(1 - lr*wd) first (no_prox).
    Defaults as the reference: lr 1e-3, betas (0.98, 0.92, 0.99), eps 1e-8, weight_decay 0, max_grad_norm 0,
    no_prox False."""

    def __init__(self, params, lr=1e-3, betas=(0.98, 0.92, 0.99), eps=1e-8, weight_decay=0.0, max_grad_norm=0.0,
                 no_prox=False):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay,
                                      max_grad_norm=max_grad_norm, no_prox=no_prox))

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        grads = [p.grad for group in self.param_groups for p in group["params"] if p.grad is not None]
        max_norm = self.defaults["max_grad_norm"]
        clip = 1.0
        if max_norm > 0 and grads:
            total = torch.zeros((), dtype=grads[0].dtype)
            for g in grads:
                total.add_(g.pow(2).sum())
            clip = torch.clamp(max_norm / (total.sqrt() + self.defaults["eps"]), max=1.0).item()
        for group in self.param_groups:
            beta1, beta2, beta3 = group["betas"]
            lr, wd, eps = group["lr"], group["weight_decay"], group["eps"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = p.grad.mul(clip) if clip != 1.0 else p.grad
                state = self.state[p]
                if _zeros(state, p, "exp_avg", "exp_avg_diff", "exp_avg_sq"):
                    state["pre_grad"] = g.clone()
                t = _per_param_step(state)
                diff = g - state["pre_grad"]
                m = state["exp_avg"].mul_(beta1).add_(g, alpha=1 - beta1)
                delta = state["exp_avg_diff"].mul_(beta2).add_(diff, alpha=1 - beta2)
                nesterov = diff.mul(beta2).add_(g)
                n = state["exp_avg_sq"].mul_(beta3).addcmul_(nesterov, nesterov, value=1 - beta3)
                denom = n.sqrt().div_(math.sqrt(1 - beta3 ** t)).add_(eps)
                if group["no_prox"]:
                    p.mul_(1 - lr * wd)
                p.addcdiv_(m, denom, value=-lr / (1 - beta1 ** t))
                p.addcdiv_(delta, denom, value=-lr * beta2 / (1 - beta2 ** t))
                if not group["no_prox"]:
                    p.div_(1 + lr * wd)
                state["pre_grad"].copy_(g)
        return loss


# --- MARS --------------------------------------------------------------------------------------------------
# Restated from AGI-Arena/MARS MARS/optimizers/mars.py @ 4831e28eba863a4e69d7e9474ff8e73bc1b410fe (Apache-2.0,
# (c) 2024 Bytedance Ltd. and/or its affiliates): the approximate variant (is_approx, the previous step's
# gradient) with mars_type "mars-adamw" or "mars-lion"; "mars-shampoo" and is_approx False are not offered.
class MARS(torch.optim.Optimizer):
    """MARS (Yuan et al., 2024). 2-D parameters (every parameter with optimize_1d): c = g + gamma*beta1/(1 - beta1)
    *(g - g_prev) (g_prev = 0 at first), scaled to norm 1 when its norm exceeds 1; m <- EMA_beta1(c);
    mars-adamw: v <- EMA_beta2(c^2) (amsgrad: its running max), p <- p - lr*(wd*p + m/D) with
    D = (sqrt(v)/sqrt(1 - beta2^t) + eps)*(1 - beta1^t); mars-lion: p <- p - lr*(wd*p + sign(m)). Other
    parameters: AdamW of the same form on g with betas_1d, weight_decay_1d and lr*lr_1d/lr (the ratio fixed at
    construction). Defaults as the reference: lr 3e-3, betas (0.95, 0.99), eps 1e-8, weight_decay 0, amsgrad
    False, gamma 0.025, is_approx True, mars_type "mars-adamw", optimize_1d False, lr_1d 3e-3,
    betas_1d (0.9, 0.95), weight_decay_1d 0.1."""

    def __init__(self, params, lr=3e-3, betas=(0.95, 0.99), eps=1e-8, weight_decay=0.0, amsgrad=False, gamma=0.025,
                 is_approx=True, mars_type="mars-adamw", optimize_1d=False, lr_1d=3e-3, betas_1d=(0.9, 0.95),
                 weight_decay_1d=0.1):
        if not is_approx:
            raise ValueError("mars: isApprox false (the exact variant needs a second gradient per step) is not offered")
        if mars_type not in ("mars-adamw", "mars-lion"):
            raise ValueError("mars: marsType %r is not offered (expected mars-adamw or mars-lion)" % (mars_type,))
        if not lr > 0:
            raise ValueError("mars: lr must be > 0")
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                      gamma=gamma, mars_type=mars_type, optimize_1d=optimize_1d,
                                      lr_1d_factor=lr_1d / lr, betas_1d=tuple(betas_1d),
                                      weight_decay_1d=weight_decay_1d))

    @staticmethod
    def _adam_denom(state, v, t, beta1, beta2, eps, amsgrad):
        if amsgrad:
            v = torch.max(state["max_exp_avg_sq"], v, out=state["max_exp_avg_sq"])
        return v.sqrt().div_(math.sqrt(1 - beta2 ** t)).add_(eps).mul_(1 - beta1 ** t)

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            lr, eps, amsgrad = group["lr"], group["eps"], group["amsgrad"]
            for p, g, state in _with_grads(group, self.state):
                if _zeros(state, p, "exp_avg", "exp_avg_sq", "last_grad"):
                    if amsgrad:
                        state["max_exp_avg_sq"] = torch.zeros_like(p)
                t = _per_param_step(state)
                m, v = state["exp_avg"], state["exp_avg_sq"]
                if group["optimize_1d"] or p.dim() == 2:
                    beta1, beta2 = group["betas"]
                    c = (g - state["last_grad"]).mul_(group["gamma"] * (beta1 / (1 - beta1))).add_(g)
                    norm = c.norm()
                    if norm > 1:
                        c.div_(norm)
                    m.mul_(beta1).add_(c, alpha=1 - beta1)
                    if group["mars_type"] == "mars-lion":
                        p.sub_(p.mul(group["weight_decay"]).add_(m.sign()), alpha=lr)
                    else:
                        v.mul_(beta2).addcmul_(c, c, value=1 - beta2)
                        denom = self._adam_denom(state, v, t, beta1, beta2, eps, amsgrad)
                        p.sub_(p.mul(group["weight_decay"]).add_(m.div(denom)), alpha=lr)
                else:
                    beta1, beta2 = group["betas_1d"]
                    m.mul_(beta1).add_(g, alpha=1 - beta1)
                    v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
                    denom = self._adam_denom(state, v, t, beta1, beta2, eps, amsgrad)
                    p.sub_(p.mul(group["weight_decay_1d"]).add_(m.div(denom)), alpha=lr * group["lr_1d_factor"])
                state["last_grad"].copy_(g)
        return loss


# --- Schedule-free AdamW and SGD ---------------------------------------------------------------------------
# Restated from facebookresearch/schedule_free schedulefree/adamw_schedulefree.py and sgd_schedulefree.py
# @ 70785b53e778d0e872c0bbb75ff4ee54ee10c291 (Apache-2.0, (c) Meta Platforms, Inc. and affiliates). The weights
# hold y while training: call optimizer.train() before training steps and optimizer.eval() before evaluating or
# saving (set_optimizer_mode below does both).
class _ScheduleFree(torch.optim.Optimizer):
    """The shared part of the schedule-free rules (Defazio et al., 2024). z is the base iterate, x the weighted
    average of z (evaluate and save it), y = (1 - beta)*z + beta*x the point where the gradient is taken; only z
    is stored. Step k (0-based): lr_k = lr*min(1, (k + 1)/warmup_steps); lr_max = max(lr_max, lr_k);
    w = (k + 1)^r * lr_max^weight_lr_power; c = w/sum(w) (0 while the sum is 0); with the rule's direction u:
    y <- lerp(y, z, c); y <- y + lr_k*(beta*(1 - c) - 1)*u; z <- z - lr_k*u."""

    def __init__(self, params, defaults):
        defaults.update(k=0, lr_max=-1.0, weight_sum=0.0, train_mode=True)
        super().__init__(params, defaults)

    def _beta(self, group):
        raise NotImplementedError

    def _direction(self, group, p, state, k):
        raise NotImplementedError

    @torch.no_grad()
    def eval(self):
        """Put x = lerp(y, z, 1 - 1/beta) in the weights."""
        for group in self.param_groups:
            if group["train_mode"]:
                beta = self._beta(group)
                for p in group["params"]:
                    if "z" in self.state[p]:
                        p.lerp_(self.state[p]["z"], 1 - 1 / beta)
                group["train_mode"] = False

    @torch.no_grad()
    def train(self):
        """Put y = lerp(x, z, 1 - beta) back in the weights."""
        for group in self.param_groups:
            if not group["train_mode"]:
                beta = self._beta(group)
                for p in group["params"]:
                    if "z" in self.state[p]:
                        p.lerp_(self.state[p]["z"], 1 - beta)
                group["train_mode"] = True

    @torch.no_grad()
    def step(self, closure=None):
        loss = _closure_loss(closure)
        for group in self.param_groups:
            if not group["train_mode"]:
                raise RuntimeError("schedule-free optimizer: step() in eval mode (call optimizer.train() first)")
            k, warmup = group["k"], group["warmup_steps"]
            lr = group["lr"] * ((k + 1) / warmup if k < warmup else 1.0)
            lr_max = group["lr_max"] = max(lr, group["lr_max"])
            weight = (k + 1) ** group["r"] * lr_max ** group["weight_lr_power"]
            group["weight_sum"] += weight
            ckp1 = weight / group["weight_sum"] if group["weight_sum"] != 0 else 0.0
            beta = self._beta(group)
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if "z" not in state:
                    state["z"] = p.detach().clone()
                u = self._direction(group, p, state, k)
                p.lerp_(state["z"], ckp1)
                p.add_(u, alpha=lr * (beta * (1 - ckp1) - 1))
                state["z"].sub_(u, alpha=lr)
            group["k"] = k + 1
        return loss


class AdamWScheduleFree(_ScheduleFree):
    """Schedule-free AdamW: u = g/(sqrt(v/(1 - beta2^(k+1))) + eps) + wd*y, v <- EMA_beta2(g^2) first
    (inner_momentum mu > 0: the numerator is m/(1 - mu^(k+1)), m <- EMA_mu(g)); beta = betas[0]. Defaults as
    the reference: lr 0.0025, betas (0.9, 0.999), eps 1e-8, weight_decay 0, warmup_steps 0, r 0,
    weight_lr_power 2, inner_momentum 0."""

    def __init__(self, params, lr=0.0025, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, warmup_steps=0, r=0.0,
                 weight_lr_power=2.0, inner_momentum=0.0):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay,
                                      warmup_steps=warmup_steps, r=r, weight_lr_power=weight_lr_power,
                                      inner_momentum=inner_momentum))

    def _beta(self, group):
        return group["betas"][0]

    def _direction(self, group, p, state, k):
        g, beta2, mu = p.grad, group["betas"][1], group["inner_momentum"]
        if _zeros(state, p, "exp_avg_sq"):
            if mu != 0:
                state["exp_avg"] = torch.zeros_like(p)
        v = state["exp_avg_sq"].mul_(beta2).addcmul_(g, g, value=1 - beta2)
        denom = v.div(1 - beta2 ** (k + 1)).sqrt_().add_(group["eps"])
        if mu != 0:
            m = state["exp_avg"].mul_(mu).add_(g, alpha=1 - mu)
            u = m.div(1 - mu ** (k + 1)).div_(denom)
        else:
            u = g.div(denom)
        if group["weight_decay"] != 0:
            u.add_(p, alpha=group["weight_decay"])
        return u


class SGDScheduleFree(_ScheduleFree):
    """Schedule-free SGD: u = g + wd*y; beta = momentum. Defaults as the reference: lr 1.0, momentum 0.9,
    weight_decay 0, warmup_steps 0, r 0, weight_lr_power 2."""

    def __init__(self, params, lr=1.0, momentum=0.9, weight_decay=0.0, warmup_steps=0, r=0.0, weight_lr_power=2.0):
        super().__init__(params, dict(lr=lr, momentum=momentum, weight_decay=weight_decay, warmup_steps=warmup_steps,
                                      r=r, weight_lr_power=weight_lr_power))

    def _beta(self, group):
        return group["momentum"]

    def _direction(self, group, p, state, k):
        if group["weight_decay"] != 0:
            return p.grad.add(p, alpha=group["weight_decay"])
        return p.grad


def set_optimizer_mode(optimizer, mode):
    """Schedule-free optimizers: "train" puts y in the weights, "eval" the average x; others: nothing to do."""
    if isinstance(optimizer, _ScheduleFree):
        getattr(optimizer, mode)()


# --- config -> the classes above ----------------------------------------------------------------------------
AUTHORS_OPTIMIZERS = {
    # type: (class, Optimizer Lab option keys, fixed keyword arguments)
    "adopt": (ADOPT, {"lr", "betas", "eps", "weightDecay", "decouple"}, {}),
    "ademamix": (AdEMAMix, {"lr", "betas", "alpha", "beta3Warmup", "alphaWarmup", "eps", "weightDecay"}, {}),
    "cautious_adamw": (CautiousAdamW, {"lr", "betas", "eps", "weightDecay"}, {}),
    "cautious_lion": (CautiousLion, {"lr", "betas", "weightDecay"}, {}),
    "laprop": (LaProp, {"lr", "betas", "eps", "weightDecay", "amsgrad", "centered"}, {}),
    "adan": (Adan, {"lr", "betas", "eps", "weightDecay", "maxGradNorm", "noProx"}, {}),
    "mars": (MARS, {"lr", "betas", "eps", "weightDecay", "amsgrad", "gamma", "isApprox", "marsType", "optimize1d", "lr1d",
                    "betas1d", "weightDecay1d"}, {}),
    "schedule_free_adamw": (AdamWScheduleFree, {"lr", "betas", "eps", "weightDecay", "warmupSteps", "r", "weightLrPower",
                                                 "innerMomentum"}, {}),
    "schedule_free_sgd": (SGDScheduleFree, {"lr", "momentum", "weightDecay", "warmupSteps", "r", "weightLrPower"}, {}),
}


def _authors_kwarg(key):
    snake = re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), key)
    return re.sub(r"([a-z])(\dd)$", r"\1_\2", snake)


def build_authors_optimizer(kind, opts, params):
    cls, known, fixed = AUTHORS_OPTIMIZERS[kind]
    _check_keys(opts, known, kind)
    kw = dict(fixed)
    for k, v in opts.items():
        kw[_authors_kwarg(k)] = tuple(v) if isinstance(v, list) else v
    return cls(params, **kw)
