/**
 * Python of the SPEC §11 optimizers whose fixtures come from their authors' repositories (Prodigy, D-Adapt
 * Adam, …), spliced into the exported script before `build_optimizer` (template.py.ts). Each class restates
 * its reference's single-device update step for one parameter group — same operations in the same order, so
 * the export tests hold it to the fixtures generated from the authors' code — and names the repository, file,
 * commit and licence it follows. Builders register in AUTHORS_BUILDERS (kind → (opts, named_params, roles) →
 * (optimizer, partition)); `effective_lr()` gives the step size d·lr the metrics log as `effectiveLr`.
 *
 * A raw string like the template: no backticks or dollar-brace inside.
 */
export const AUTHORS_OPTIMIZERS_PY: string = String.raw`
# -------------------------------------------------------------------------------------------------------------
# Learning-rate-free Adam variants: lr multiplies the estimated step size d. Restated (one param group, single
# device) from konstmish/prodigy prodigyopt/prodigy.py @ 3efb213ee8af5a6bf76f28726398433a847b38e9 (MIT,
# (c) 2023 Konstantin Mishchenko) and facebookresearch/dadaptation dadaptation/dadapt_adam.py
# @ c984980213a989ff7cac1e3d68c19a2257bcd571 (MIT, (c) Meta Platforms, Inc. and affiliates). Under DDP the
# gradients are already averaged, so every rank computes the same d.
# -------------------------------------------------------------------------------------------------------------
class Prodigy(torch.optim.Optimizer):
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

    def effective_lr(self):
        return {g.get("name", "default"): g["dlr"] for g in self.param_groups}

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
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


class DAdaptAdam(torch.optim.Optimizer):
    """D-Adapt Adam (Defazio & Mishchenko, 2023): Adam with a D-Adaptation step size d*lr. Defaults as the
    reference: lr 1, betas (0.9, 0.999), eps 1e-8, weight_decay 0, decouple False, use_bias_correction False,
    d0 1e-6, growth_rate inf."""

    def __init__(self, params, lr=1.0, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, decouple=False,
                 use_bias_correction=False, d0=1e-6, growth_rate=float("inf")):
        super().__init__(params, dict(lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay, decouple=decouple,
                                      use_bias_correction=use_bias_correction, d=d0, k=0, numerator_weighted=0.0,
                                      growth_rate=growth_rate, dlr=0.0))

    def effective_lr(self):
        return {g.get("name", "default"): g["dlr"] for g in self.param_groups}

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
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
            if "s" not in state:
                state["s"] = torch.zeros_like(p)
                state["exp_avg"] = torch.zeros_like(p)
                state["exp_avg_sq"] = torch.zeros_like(p)
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


def _lrfree_kwargs(opts):
    kw = {}
    for k, v in opts.items():
        kw[re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), k)] = tuple(v) if k == "betas" else v
    return kw


PRODIGY_KEYS = {"lr", "betas", "beta3", "eps", "weightDecay", "decouple", "useBiasCorrection", "safeguardWarmup",
                "d0", "dCoef", "growthRate", "sliceP"}
DADAPT_ADAM_KEYS = {"lr", "betas", "eps", "weightDecay", "decouple", "useBiasCorrection", "d0", "growthRate"}


def _build_single_group(cls, keys):
    def build(kind, opts, named_params, roles):
        _check_keys(opts, keys, kind)
        params = [p for _, p in named_params]
        opt = cls(params, **_lrfree_kwargs(opts))
        return opt, [("default", kind, [n for n, _ in named_params], sum(p.numel() for p in params))]
    return build


AUTHORS_BUILDERS["prodigy"] = _build_single_group(Prodigy, PRODIGY_KEYS)
AUTHORS_BUILDERS["dadapt_adam"] = _build_single_group(DAdaptAdam, DADAPT_ADAM_KEYS)
`;
