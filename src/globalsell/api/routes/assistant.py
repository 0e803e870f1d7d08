"""The seller assistant: run the detectors, read findings, ask questions, tune the profile."""

from __future__ import annotations

import os

from fastapi import APIRouter, status

from globalsell.ai.openai_compatible import LLMConfig, OpenAICompatibleClient
from globalsell.api.deps import ActorDep, NowDep, RuntimeDep, SessionDep
from globalsell.assistant import chat, service
from globalsell.assistant.schemas import (
    AnswerRead,
    AskBody,
    FindingRead,
    ProfileRead,
    ProfileUpdate,
    RunRead,
    RunReport,
)
from globalsell.core.actor import Role

router = APIRouter(tags=["assistant"], prefix="/assistant")


@router.post("/runs", response_model=RunReport, status_code=status.HTTP_201_CREATED)
def run(session: SessionDep, actor: ActorDep, now: NowDep, runtime: RuntimeDep) -> RunReport:
    """Run every detector now; remedies are filed as proposals in the approvals inbox."""
    actor.require(Role.OPERATOR, "running the assistant")
    record = service.run(
        session,
        registry=runtime.registry,
        detectors=runtime.detectors,
        actor=service.assistant_actor(actor.seller_id),
        now=now,
    )
    findings = [
        FindingRead.model_validate(f)
        for f in service.list_findings(session, actor=actor, run_id=record.id)
    ]
    filed = [f.change_request_id for f in findings if f.status == "proposed"]
    return RunReport(
        run=RunRead.model_validate(record),
        findings=findings,
        proposals=[c for c in filed if c is not None],
    )


@router.get("/findings", response_model=list[FindingRead])
def findings(session: SessionDep, actor: ActorDep) -> list[FindingRead]:
    """The latest run's findings, ranked by money impact."""
    return [FindingRead.model_validate(f) for f in service.list_findings(session, actor=actor)]


@router.post("/ask", response_model=AnswerRead)
def ask(body: AskBody, session: SessionDep, actor: ActorDep, now: NowDep) -> AnswerRead:
    """Ask about your own data (read-only; the answer says it is automated)."""
    settings = LLMConfig.from_env(os.environ)
    client = OpenAICompatibleClient(settings) if settings else None
    try:
        reply = chat.answer(session, actor=actor, question=body.question, now=now, client=client)
    finally:
        if client is not None:
            client.close()
    return AnswerRead(answer=reply.text, intent=reply.intent, via=reply.via, data=reply.data)


@router.get("/profile", response_model=ProfileRead)
def get_profile(session: SessionDep, actor: ActorDep) -> ProfileRead:
    """What the assistant knows about your business."""
    return service.profile_read(service.get_profile(session, actor=actor))


@router.put("/profile", response_model=ProfileRead)
def put_profile(
    body: ProfileUpdate, session: SessionDep, actor: ActorDep, now: NowDep
) -> ProfileRead:
    """Change categories, price tier, risk appetite, service level, modes or alert budget."""
    profile = service.update_profile(session, actor=actor, changes=body, now=now)
    return service.profile_read(profile)
