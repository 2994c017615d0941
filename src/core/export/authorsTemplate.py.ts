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


class NorMuon(torch.optim.Optimizer):
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
            for p in group["params"]:
                if p.grad is None:
                    continue
                g = p.grad
                state = self.state[p]
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
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
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
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
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
`;
